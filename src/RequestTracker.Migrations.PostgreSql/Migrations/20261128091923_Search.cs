using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "Outbox",
                type: "text",
                nullable: true);

            // Full-text search: a stored generated tsvector per indexed table ('simple': many languages, no
            // stemming) with a GIN index. The database computes it in the writing transaction. EF Core's model does
            // not know these columns; a later migration that changes a column they read must drop and re-add them.
            migrationBuilder.Sql("""
                ALTER TABLE "Requests" ADD "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("Title", '') || ' ' || coalesce("LegalBasis", '') || ' ' || coalesce("Body", ''))) STORED;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Requests_SearchVector" ON "Requests" USING GIN ("SearchVector");
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Questions" ADD "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("Text", ''))) STORED;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Questions_SearchVector" ON "Questions" USING GIN ("SearchVector");
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Inbox" ADD "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("FromName", '') || ' ' || coalesce("FromAddress", '') || ' ' || coalesce("Subject", '') || ' ' || coalesce("TextBody", ''))) STORED;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Inbox_SearchVector" ON "Inbox" USING GIN ("SearchVector");
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Outbox" ADD "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', CASE WHEN "RequestId" IS NULL THEN '' ELSE coalesce("Subject", '') || ' ' || coalesce("Text", '') END)) STORED;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Outbox_SearchVector" ON "Outbox" USING GIN ("SearchVector");
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "InboxAttachments" ADD "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("OriginalName", ''))) STORED;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_InboxAttachments_SearchVector" ON "InboxAttachments" USING GIN ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Requests" DROP COLUMN "SearchVector";
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Questions" DROP COLUMN "SearchVector";
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Inbox" DROP COLUMN "SearchVector";
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Outbox" DROP COLUMN "SearchVector";
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "InboxAttachments" DROP COLUMN "SearchVector";
                """);

            migrationBuilder.DropColumn(
                name: "Text",
                table: "Outbox");
        }
    }
}
