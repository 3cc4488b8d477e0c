using Mono.Cecil;
using Mono.Cecil.Cil;

namespace RequestTracker.Tests.Architecture;

/// <summary>
/// The folders of src/RequestTracker depend one way: no cycle between two features, and Data (the DbContext and
/// its plumbing) depends on none of them. Read from the compiled assembly with Mono.Cecil, so a dependency a
/// lambda, an async method or a generic argument hides counts as much as a field's type.
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly Lazy<FolderGraph> Graph = new(FolderGraph.Read);

    [Fact]
    public void No_two_folders_depend_on_each_other_even_through_others()
    {
        var cycles = Graph.Value.Cycles();

        Assert.True(cycles.Count == 0, "Folders in a dependency cycle (each edge with one type that makes it):\n" + string.Join("\n\n", cycles));
    }

    [Fact]
    public void Data_depends_on_no_feature()
    {
        var edges = Graph.Value.From("Data").ToList();

        Assert.True(edges.Count == 0, "Data reaches into features:\n" + string.Join("\n", edges.Select(e => Graph.Value.Describe("Data", e))));
    }

    [Fact]
    public void The_reader_sees_the_dependencies_there_are()
    {
        // The check of the check: a reader that saw nothing would find no cycle either. The engine reads laws.
        Assert.Contains("Definitions", Graph.Value.From("Runtime"));
    }

    private sealed class FolderGraph
    {
        private readonly Dictionary<string, Dictionary<string, string>> edges = [];

        public static FolderGraph Read()
        {
            var graph = new FolderGraph();
            using var module = ModuleDefinition.ReadModule(typeof(RequestTracker.Data.AppDbContext).Assembly.Location);
            foreach (var type in module.GetTypes())
            {
                if (Folder(type) is not { } from)
                {
                    continue;
                }

                foreach (var used in Uses(type))
                {
                    if (used.Module == module && Folder(used) is { } to && to != from)
                    {
                        var example = $"{Outermost(type).FullName} → {Outermost(used).FullName}";
                        graph.edges.TryAdd(from, []);
                        graph.edges[from].TryAdd(to, example);
                    }
                }
            }

            return graph;
        }

        public IEnumerable<string> From(string folder) => edges.TryGetValue(folder, out var to) ? to.Keys.Order(StringComparer.Ordinal) : [];

        public string Describe(string from, string to) => $"{from} → {to} ({edges[from][to]})";

        /// <summary>Strongly connected components of more than one folder (Tarjan), each with its edges inside.</summary>
        public List<string> Cycles()
        {
            var index = new Dictionary<string, int>();
            var low = new Dictionary<string, int>();
            var stack = new Stack<string>();
            var found = new List<string>();
            var next = 0;

            void Visit(string v)
            {
                index[v] = low[v] = next++;
                stack.Push(v);
                foreach (var w in From(v))
                {
                    if (!index.TryGetValue(w, out var seen))
                    {
                        Visit(w);
                        low[v] = Math.Min(low[v], low[w]);
                    }
                    else if (stack.Contains(w))
                    {
                        low[v] = Math.Min(low[v], seen);
                    }
                }

                if (low[v] == index[v])
                {
                    var component = new List<string>();
                    string w;
                    do
                    {
                        w = stack.Pop();
                        component.Add(w);
                    }
                    while (w != v);

                    if (component.Count > 1)
                    {
                        var inside = component.SelectMany(a => From(a).Where(component.Contains).Select(b => "  " + Describe(a, b)));
                        found.Add(string.Join(", ", component.Order(StringComparer.Ordinal)) + ":\n" + string.Join("\n", inside.Order(StringComparer.Ordinal)));
                    }
                }
            }

            foreach (var folder in edges.Keys.Order(StringComparer.Ordinal))
            {
                if (!index.ContainsKey(folder))
                {
                    Visit(folder);
                }
            }

            return found;
        }

        /// <summary>"Runtime" for RequestTracker.Runtime.X and its nested and compiler-generated types; null for the root (the composition root).</summary>
        private static string? Folder(TypeReference type)
        {
            var ns = Outermost(type).Namespace;
            const string Root = "RequestTracker.";
            return ns.StartsWith(Root, StringComparison.Ordinal) ? ns[Root.Length..].Split('.')[0] : null;
        }

        private static TypeReference Outermost(TypeReference type)
        {
            while (type.DeclaringType is not null)
            {
                type = type.DeclaringType;
            }

            return type;
        }

        private static List<TypeReference> Uses(TypeDefinition type)
        {
            var found = new List<TypeReference>();
            void Add(TypeReference? t)
            {
                switch (t)
                {
                    case null:
                        return;
                    case GenericInstanceType g:
                        Add(g.ElementType);
                        g.GenericArguments.ToList().ForEach(Add);
                        return;
                    case TypeSpecification s:
                        Add(s.ElementType);
                        return;
                    case GenericParameter:
                        return;
                    default:
                        found.Add(t);
                        return;
                }
            }

            void Member(MemberReference? m)
            {
                switch (m)
                {
                    case TypeReference t:
                        Add(t);
                        break;
                    case MethodReference method:
                        Add(method.DeclaringType);
                        Add(method.ReturnType);
                        method.Parameters.ToList().ForEach(p => Add(p.ParameterType));
                        if (method is GenericInstanceMethod g)
                        {
                            g.GenericArguments.ToList().ForEach(Add);
                        }

                        break;
                    case FieldReference field:
                        Add(field.DeclaringType);
                        Add(field.FieldType);
                        break;
                }
            }

            Add(type.BaseType);
            type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
            type.CustomAttributes.ToList().ForEach(a => Add(a.AttributeType));
            type.Fields.ToList().ForEach(f => Add(f.FieldType));
            type.Properties.ToList().ForEach(p => Add(p.PropertyType));
            foreach (var method in type.Methods)
            {
                Member(method);
                method.CustomAttributes.ToList().ForEach(a => Add(a.AttributeType));
                if (!method.HasBody)
                {
                    continue;
                }

                method.Body.Variables.ToList().ForEach(v => Add(v.VariableType));
                foreach (var instruction in method.Body.Instructions)
                {
                    Member(instruction.Operand as MemberReference);
                    if (instruction.OpCode == OpCodes.Ldtoken && instruction.Operand is TypeReference token)
                    {
                        Add(token);
                    }
                }
            }

            return found;
        }
    }
}
