using System.Linq.Expressions;
using System.Reflection;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// A workflow row in a state the test needs, as the database would hand it back: EF Core sets a stored row's
/// properties through their private setters, and so does this. The code under test changes it only through its methods.
/// </summary>
internal static class StoredRow
{
    public static WorkflowInstance With<T>(this WorkflowInstance row, Expression<Func<WorkflowInstance, T>> property, T value)
    {
        var member = (PropertyInfo)((MemberExpression)property.Body).Member;
        member.SetValue(row, value);
        return row;
    }
}
