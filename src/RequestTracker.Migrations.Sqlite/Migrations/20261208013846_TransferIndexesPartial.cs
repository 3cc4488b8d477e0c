using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TransferIndexesPartial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_TransferredFromId",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Questions_OriginId",
                table: "Questions");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_TransferredFromId",
                table: "Requests",
                column: "TransferredFromId",
                filter: "\"TransferredFromId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_OriginId",
                table: "Questions",
                column: "OriginId",
                filter: "\"OriginId\" IS NOT NULL");
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

            migrationBuilder.CreateIndex(
                name: "IX_Requests_TransferredFromId",
                table: "Requests",
                column: "TransferredFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_OriginId",
                table: "Questions",
                column: "OriginId");
        }
    }
}
