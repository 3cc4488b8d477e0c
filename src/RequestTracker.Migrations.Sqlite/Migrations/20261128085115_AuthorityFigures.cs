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

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_AuthorityId_OutcomeDays",
                table: "Workflows",
                columns: new[] { "AuthorityId", "OutcomeDays" });

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_AuthorityId_OutcomeKind_OutcomeOnTime",
                table: "Workflows",
                columns: new[] { "AuthorityId", "OutcomeKind", "OutcomeOnTime" });

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_AuthorityId_RequestId",
                table: "Workflows",
                columns: new[] { "AuthorityId", "RequestId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workflows_AuthorityId_OutcomeDays",
                table: "Workflows");

            migrationBuilder.DropIndex(
                name: "IX_Workflows_AuthorityId_OutcomeKind_OutcomeOnTime",
                table: "Workflows");

            migrationBuilder.DropIndex(
                name: "IX_Workflows_AuthorityId_RequestId",
                table: "Workflows");

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
