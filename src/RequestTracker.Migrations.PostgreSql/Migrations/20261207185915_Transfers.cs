using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Transfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TransferLate",
                table: "Requests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "TransferredFromId",
                table: "Requests",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferredOn",
                table: "Requests",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OriginId",
                table: "Questions",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_TransferredFromId",
                table: "Requests",
                column: "TransferredFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_OriginId",
                table: "Questions",
                column: "OriginId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_TransferredFromId",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Questions_OriginId",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "TransferLate",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "TransferredFromId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "TransferredOn",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "OriginId",
                table: "Questions");
        }
    }
}
