using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RequestTracker.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class WorkerWakeUpIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Timers_LeaseUntil",
                table: "Timers",
                column: "LeaseUntil");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_LeaseUntil",
                table: "Outbox",
                columns: new[] { "Status", "LeaseUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Timers_LeaseUntil",
                table: "Timers");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_Status_LeaseUntil",
                table: "Outbox");
        }
    }
}
