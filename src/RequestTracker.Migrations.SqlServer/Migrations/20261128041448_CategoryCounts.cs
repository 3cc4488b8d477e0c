using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CategoryCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AuthorityId",
                table: "Workflows",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CategoryCounts",
                columns: table => new
                {
                    Category = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AuthorityId = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CategoryCounts", x => new { x.Category, x.AuthorityId });
                });

            migrationBuilder.CreateTable(
                name: "CategoryDeltas",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Category = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AuthorityId = table.Column<int>(type: "int", nullable: false),
                    Delta = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CategoryDeltas", x => x.Id);
                });

            // Existing workflows take their request's authority, and the counts start from a full count.
            migrationBuilder.Sql("""UPDATE "Workflows" SET "AuthorityId" = (SELECT "AuthorityId" FROM "Requests" WHERE "Requests"."Id" = "Workflows"."RequestId")""");
            migrationBuilder.Sql("""INSERT INTO "CategoryCounts" ("Category", "AuthorityId", "Count") SELECT "Category", "AuthorityId", COUNT(*) FROM "Workflows" GROUP BY "Category", "AuthorityId" """);

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_AuthorityId_Category_DueAt",
                table: "Workflows",
                columns: new[] { "AuthorityId", "Category", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CategoryCounts");

            migrationBuilder.DropTable(
                name: "CategoryDeltas");

            migrationBuilder.DropIndex(
                name: "IX_Workflows_AuthorityId_Category_DueAt",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "AuthorityId",
                table: "Workflows");
        }
    }
}
