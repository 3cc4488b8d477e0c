using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Zone",
                table: "Workflows",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
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
        }
    }
}
