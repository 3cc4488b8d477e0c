using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DatesOfRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OutcomeLetterDate",
                table: "Workflows",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OutcomeReceivedOn",
                table: "Workflows",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LetterDate",
                table: "Inbox",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OutcomeLetterDate",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "OutcomeReceivedOn",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "LetterDate",
                table: "Inbox");
        }
    }
}
