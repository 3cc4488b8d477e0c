using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.SqlServer.Migrations
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
                type: "nvarchar(max)",
                nullable: true);

            // Full-text search where the instance has it installed; populated in the background (change tracking AUTO).
            migrationBuilder.Sql("""
                IF SERVERPROPERTY('IsFullTextInstalled') = 1
                BEGIN
                    CREATE FULLTEXT CATALOG RequestTrackerSearch;
                    EXEC('CREATE FULLTEXT INDEX ON [Requests] (Title, LegalBasis, Body) KEY INDEX [PK_Requests] ON RequestTrackerSearch WITH CHANGE_TRACKING AUTO');
                    EXEC('CREATE FULLTEXT INDEX ON [Questions] ([Text]) KEY INDEX [PK_Questions] ON RequestTrackerSearch WITH CHANGE_TRACKING AUTO');
                    EXEC('CREATE FULLTEXT INDEX ON [Inbox] (FromName, FromAddress, Subject, TextBody) KEY INDEX [PK_Inbox] ON RequestTrackerSearch WITH CHANGE_TRACKING AUTO');
                    EXEC('CREATE FULLTEXT INDEX ON [Outbox] (Subject, [Text]) KEY INDEX [PK_Outbox] ON RequestTrackerSearch WITH CHANGE_TRACKING AUTO');
                    EXEC('CREATE FULLTEXT INDEX ON [InboxAttachments] (OriginalName) KEY INDEX [PK_InboxAttachments] ON RequestTrackerSearch WITH CHANGE_TRACKING AUTO');
                END
                """, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                IF SERVERPROPERTY('IsFullTextInstalled') = 1
                BEGIN
                    EXEC('DROP FULLTEXT INDEX ON [Requests]');
                    EXEC('DROP FULLTEXT INDEX ON [Questions]');
                    EXEC('DROP FULLTEXT INDEX ON [Inbox]');
                    EXEC('DROP FULLTEXT INDEX ON [Outbox]');
                    EXEC('DROP FULLTEXT INDEX ON [InboxAttachments]');
                    DROP FULLTEXT CATALOG RequestTrackerSearch;
                END
                """, suppressTransaction: true);

            migrationBuilder.DropColumn(
                name: "Text",
                table: "Outbox");
        }
    }
}
