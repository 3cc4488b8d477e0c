using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RuntimeLayout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "EarliestDueAt",
                table: "Workflows",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Zone",
                table: "Workflows",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "LeaseOwner",
                table: "Timers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EarliestDueAt",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "Zone",
                table: "Workflows");

            migrationBuilder.AlterColumn<string>(
                name: "LeaseOwner",
                table: "Timers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);
        }
    }
}
