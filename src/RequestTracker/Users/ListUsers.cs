using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Users;

/// <summary>All users with their role; admin only. The user count is small (a team), so no paging.</summary>
internal sealed class ListUsers(AppDbContext db)
{
    public async Task<IReadOnlyList<UserResponse>> Handle(CancellationToken ct)
    {
        var rows = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId into userRoles
            from userRole in userRoles.DefaultIfEmpty()
            join role in db.Roles on userRole.RoleId equals role.Id into roles
            from role in roles.DefaultIfEmpty()
            orderby user.Email
            select new { user, RoleName = role != null ? role.Name : null })
            .ToListAsync(ct);
        return rows
            .Select(r => new UserResponse(r.user.Id, r.user.Email ?? string.Empty, r.user.DisplayName, r.RoleName ?? string.Empty, UserAccess.IsDisabled(r.user)))
            .ToList();
    }
}
