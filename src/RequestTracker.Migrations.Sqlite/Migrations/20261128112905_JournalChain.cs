using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JournalChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ChainSeq",
                table: "Journal",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "Journal",
                type: "TEXT",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrevHash",
                table: "Journal",
                type: "TEXT",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Journal_RequestId_ChainSeq",
                table: "Journal",
                columns: new[] { "RequestId", "ChainSeq" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Journal_RequestId_ChainSeq",
                table: "Journal");

            migrationBuilder.DropColumn(
                name: "ChainSeq",
                table: "Journal");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "Journal");

            migrationBuilder.DropColumn(
                name: "PrevHash",
                table: "Journal");
        }
    }
}
