using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.SqlServer.Migrations
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
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Zone",
                table: "Workflows",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "LeaseOwner",
                table: "Timers",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(64)",
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
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);
        }
    }
}
