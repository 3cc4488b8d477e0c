using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Batches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Batches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Batches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Batches_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Batches_OwnerId_Id",
                table: "Batches",
                columns: new[] { "OwnerId", "Id" });

            // The column and its foreign key in one ALTER TABLE, which SQLite allows for a nullable column: EF Core's
            // AddForeignKey would rebuild Requests, and a rebuild drops the table's search triggers.
            migrationBuilder.Sql("""
                ALTER TABLE "Requests" ADD COLUMN "BatchId" INTEGER NULL CONSTRAINT "FK_Requests_Batches_BatchId" REFERENCES "Batches" ("Id") ON DELETE RESTRICT;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_BatchId_Id",
                table: "Requests",
                columns: new[] { "BatchId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Requests_Batches_BatchId",
                table: "Requests");

            migrationBuilder.DropTable(
                name: "Batches");

            migrationBuilder.DropIndex(
                name: "IX_Requests_BatchId_Id",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "BatchId",
                table: "Requests");
        }
    }
}
