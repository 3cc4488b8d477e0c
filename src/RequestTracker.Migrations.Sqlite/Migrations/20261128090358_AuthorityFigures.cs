using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuthorityFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "OutcomeAt",
                table: "Workflows",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OutcomeDays",
                table: "Workflows",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeKind",
                table: "Workflows",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OutcomeOnTime",
                table: "Workflows",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RepliedAt",
                table: "Workflows",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuthorityTallies",
                columns: table => new
                {
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tally = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthorityTallies", x => new { x.AuthorityId, x.Tally, x.Days });
                });

            migrationBuilder.CreateTable(
                name: "AuthorityTallyDeltas",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tally = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Delta = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthorityTallyDeltas", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuthorityTallyDeltas_AuthorityId_Id",
                table: "AuthorityTallyDeltas",
                columns: new[] { "AuthorityId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuthorityTallies");

            migrationBuilder.DropTable(
                name: "AuthorityTallyDeltas");

            migrationBuilder.DropColumn(
                name: "OutcomeAt",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "OutcomeDays",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "OutcomeKind",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "OutcomeOnTime",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "RepliedAt",
                table: "Workflows");
        }
    }
}
