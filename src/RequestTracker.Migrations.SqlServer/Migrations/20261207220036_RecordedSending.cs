using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RecordedSending : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "SendRecordedAt",
                table: "Requests",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SendingRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MessageId = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    ProofName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ProofType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Proof = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SendingRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SendingRecords_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SendingRecords_RequestId",
                table: "SendingRecords",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SendingRecords");

            migrationBuilder.DropColumn(
                name: "SendRecordedAt",
                table: "Requests");
        }
    }
}
