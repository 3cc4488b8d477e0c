using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ListsByCategory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workflows_LawId_QuestionId",
                table: "Workflows");

            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "Workflows",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "StateCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LifecycleId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OwnerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StateCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StateDeltas",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LifecycleId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OwnerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Delta = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StateDeltas", x => x.Id);
                });

            // A request never changes hands: its workflows take its owner once; the counts per state start from a recount.
            migrationBuilder.Sql("""UPDATE "Workflows" SET "OwnerId" = (SELECT "OwnerId" FROM "Requests" WHERE "Requests"."Id" = "Workflows"."RequestId")""");
            migrationBuilder.Sql("""INSERT INTO "StateCounts" ("LifecycleId", "State", "OwnerId", "Count") SELECT "LifecycleId", "State", "OwnerId", COUNT(*) FROM "Workflows" GROUP BY "LifecycleId", "State", "OwnerId" """);

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_AuthorityId_Category_QuestionId",
                table: "Workflows",
                columns: new[] { "AuthorityId", "Category", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_LawId_Category_QuestionId",
                table: "Workflows",
                columns: new[] { "LawId", "Category", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_OwnerId_Category_QuestionId",
                table: "Workflows",
                columns: new[] { "OwnerId", "Category", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_State_QuestionId",
                table: "Workflows",
                columns: new[] { "State", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_StateCounts_LifecycleId_OwnerId_State",
                table: "StateCounts",
                columns: new[] { "LifecycleId", "OwnerId", "State" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StateCounts");

            migrationBuilder.DropTable(
                name: "StateDeltas");

            migrationBuilder.DropIndex(
                name: "IX_Workflows_AuthorityId_Category_QuestionId",
                table: "Workflows");

            migrationBuilder.DropIndex(
                name: "IX_Workflows_LawId_Category_QuestionId",
                table: "Workflows");

            migrationBuilder.DropIndex(
                name: "IX_Workflows_OwnerId_Category_QuestionId",
                table: "Workflows");

            migrationBuilder.DropIndex(
                name: "IX_Workflows_State_QuestionId",
                table: "Workflows");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "Workflows");

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_LawId_QuestionId",
                table: "Workflows",
                columns: new[] { "LawId", "QuestionId" });
        }
    }
}
