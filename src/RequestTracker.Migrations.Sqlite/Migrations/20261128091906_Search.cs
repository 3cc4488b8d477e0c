using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            // Full-text search (FTS5), kept by triggers in the writing transaction: a row's rowid is its id * 8 + its
            // kind (1 request, 2 question, 3 received, 4 sent, 5 attachment), so each trigger reaches its row by key.
            // SQLite drops a table's triggers when EF Core rebuilds the table in a later migration: SearchTests fail then.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchText" USING fts5("Kind" UNINDEXED, "ItemId" UNINDEXED, "RequestId" UNINDEXED, "Body", tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Requests_Insert" AFTER INSERT ON "Requests" BEGIN INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT new."Id" * 8 + 1, 'request', new."Id", new."Id", new."Title" || char(10) || new."LegalBasis" || char(10) || new."Body"; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Requests_Update" AFTER UPDATE OF "Title", "LegalBasis", "Body" ON "Requests" BEGIN DELETE FROM "SearchText" WHERE rowid = old."Id" * 8 + 1; INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT new."Id" * 8 + 1, 'request', new."Id", new."Id", new."Title" || char(10) || new."LegalBasis" || char(10) || new."Body"; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Requests_Delete" AFTER DELETE ON "Requests" BEGIN DELETE FROM "SearchText" WHERE rowid = old."Id" * 8 + 1; END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT x."Id" * 8 + 1, 'request', x."Id", x."Id", x."Title" || char(10) || x."LegalBasis" || char(10) || x."Body" FROM "Requests" AS x;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Questions_Insert" AFTER INSERT ON "Questions" BEGIN INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT new."Id" * 8 + 2, 'question', new."Id", new."RequestId", new."Text"; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Questions_Update" AFTER UPDATE OF "Text" ON "Questions" BEGIN DELETE FROM "SearchText" WHERE rowid = old."Id" * 8 + 2; INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT new."Id" * 8 + 2, 'question', new."Id", new."RequestId", new."Text"; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Questions_Delete" AFTER DELETE ON "Questions" BEGIN DELETE FROM "SearchText" WHERE rowid = old."Id" * 8 + 2; END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT x."Id" * 8 + 2, 'question', x."Id", x."RequestId", x."Text" FROM "Questions" AS x;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Inbox_Insert" AFTER INSERT ON "Inbox" BEGIN INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT new."Id" * 8 + 3, 'received', new."Id", new."RequestId", new."FromName" || ' ' || new."FromAddress" || char(10) || new."Subject" || char(10) || new."TextBody"; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Inbox_Update" AFTER UPDATE OF "RequestId", "FromName", "FromAddress", "Subject", "TextBody" ON "Inbox" BEGIN DELETE FROM "SearchText" WHERE rowid = old."Id" * 8 + 3; INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT new."Id" * 8 + 3, 'received', new."Id", new."RequestId", new."FromName" || ' ' || new."FromAddress" || char(10) || new."Subject" || char(10) || new."TextBody"; UPDATE "SearchText" SET "RequestId" = new."RequestId" WHERE rowid IN (SELECT a."Id" * 8 + 5 FROM "InboxAttachments" AS a WHERE a."InboundMessageId" = new."Id"); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Inbox_Delete" AFTER DELETE ON "Inbox" BEGIN DELETE FROM "SearchText" WHERE rowid = old."Id" * 8 + 3; END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT x."Id" * 8 + 3, 'received', x."Id", x."RequestId", x."FromName" || ' ' || x."FromAddress" || char(10) || x."Subject" || char(10) || x."TextBody" FROM "Inbox" AS x;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Outbox_Insert" AFTER INSERT ON "Outbox" BEGIN INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT new."Id" * 8 + 4, 'sent', new."Id", new."RequestId", coalesce(new."Subject", '') || char(10) || new."Text" WHERE new."RequestId" IS NOT NULL AND new."Text" IS NOT NULL; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Outbox_Update" AFTER UPDATE OF "RequestId", "Subject", "Text" ON "Outbox" BEGIN DELETE FROM "SearchText" WHERE rowid = old."Id" * 8 + 4; INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT new."Id" * 8 + 4, 'sent', new."Id", new."RequestId", coalesce(new."Subject", '') || char(10) || new."Text" WHERE new."RequestId" IS NOT NULL AND new."Text" IS NOT NULL; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_Outbox_Delete" AFTER DELETE ON "Outbox" BEGIN DELETE FROM "SearchText" WHERE rowid = old."Id" * 8 + 4; END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT x."Id" * 8 + 4, 'sent', x."Id", x."RequestId", coalesce(x."Subject", '') || char(10) || x."Text" FROM "Outbox" AS x WHERE x."RequestId" IS NOT NULL AND x."Text" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_InboxAttachments_Insert" AFTER INSERT ON "InboxAttachments" BEGIN INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT new."Id" * 8 + 5, 'attachment', new."Id", (SELECT m."RequestId" FROM "Inbox" AS m WHERE m."Id" = new."InboundMessageId"), new."OriginalName"; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_InboxAttachments_Update" AFTER UPDATE OF "OriginalName" ON "InboxAttachments" BEGIN DELETE FROM "SearchText" WHERE rowid = old."Id" * 8 + 5; INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT new."Id" * 8 + 5, 'attachment', new."Id", (SELECT m."RequestId" FROM "Inbox" AS m WHERE m."Id" = new."InboundMessageId"), new."OriginalName"; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchText_InboxAttachments_Delete" AFTER DELETE ON "InboxAttachments" BEGIN DELETE FROM "SearchText" WHERE rowid = old."Id" * 8 + 5; END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "SearchText"(rowid, "Kind", "ItemId", "RequestId", "Body") SELECT x."Id" * 8 + 5, 'attachment', x."Id", (SELECT m."RequestId" FROM "Inbox" AS m WHERE m."Id" = x."InboundMessageId"), x."OriginalName" FROM "InboxAttachments" AS x;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Requests_Insert";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Requests_Update";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Requests_Delete";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Questions_Insert";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Questions_Update";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Questions_Delete";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Inbox_Insert";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Inbox_Update";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Inbox_Delete";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Outbox_Insert";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Outbox_Update";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_Outbox_Delete";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_InboxAttachments_Insert";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_InboxAttachments_Update";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchText_InboxAttachments_Delete";
                """);
            migrationBuilder.Sql("""
                DROP TABLE "SearchText";
                """);

            migrationBuilder.DropColumn(
                name: "Text",
                table: "Outbox");
        }
    }
}
