using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeadlineDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "Workflows",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EarliestDueOn",
                table: "Workflows",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LadderEndOn",
                table: "Workflows",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RightsLapseOn",
                table: "Workflows",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_MissingDays",
                table: "Workflows",
                column: "QuestionId",
                filter: "\"DueOn\" IS NULL AND \"DueAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workflows_MissingDays",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "EarliestDueOn",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "LadderEndOn",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "RightsLapseOn",
                table: "Workflows");
        }
    }
}
