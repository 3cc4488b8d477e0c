using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Workflows_Category_QuestionId",
                table: "Workflows",
                columns: new[] { "Category", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_LawId_QuestionId",
                table: "Workflows",
                columns: new[] { "LawId", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Journal_Event_At",
                table: "Journal",
                columns: new[] { "Event", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workflows_Category_QuestionId",
                table: "Workflows");

            migrationBuilder.DropIndex(
                name: "IX_Workflows_LawId_QuestionId",
                table: "Workflows");

            migrationBuilder.DropIndex(
                name: "IX_Journal_Event_At",
                table: "Journal");
        }
    }
}
