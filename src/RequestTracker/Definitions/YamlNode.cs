using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RequestTracker.Definitions;

/// <summary>
/// Strict reading of one YAML mapping: every read records a located error instead of throwing, and
/// <see cref="Only"/> rejects keys the schema does not know (a typo must not silently change a deadline).
/// </summary>
internal sealed class YamlNode(string file, YamlMappingNode node, List<DefinitionError> errors)
{
    public string File => file;

    public Mark Start => node.Start;

    public static YamlNode? Load(string file, string text, List<DefinitionError> errors)
    {
        if (DefinitionError.ControlCharacter(file, text) is { } control)
        {
            errors.Add(control);
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            errors.Add(new DefinitionError(file, (int)e.Start.Line, (int)e.Start.Column, e.InnerException?.Message ?? e.Message));
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new DefinitionError(file, 1, 1, "The file must hold exactly one YAML mapping."));
            return null;
        }

        return new YamlNode(file, root, errors);
    }

    public void Error(Mark at, string message) => errors.Add(new DefinitionError(file, (int)at.Line, (int)at.Column, message));

    public void Error(string message) => Error(node.Start, message);

    /// <summary>Reports every key not in <paramref name="allowed"/>.</summary>
    public void Only(params string[] allowed)
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                Error(key.Start, $"Unknown key '{key.Value}'; expected one of: {string.Join(", ", allowed)}.");
            }
        }
    }

    public bool Has(string key) => node.Children.ContainsKey(new YamlScalarNode(key));

    public string? Text(string key, bool required = true)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            if (required)
            {
                Error($"Missing key '{key}'.");
            }

            return null;
        }

        if (value is YamlScalarNode { Value: { } text } && text.Length > 0)
        {
            return text;
        }

        Error(value.Start, $"'{key}' must be a non-empty text value.");
        return null;
    }

    public (string Value, Mark At)? Located(string key, bool required = true)
    {
        var text = Text(key, required);
        return text is null ? null : (text, node.Children[new YamlScalarNode(key)].Start);
    }

    public int? Int(string key, bool required = true)
    {
        var located = Located(key, required);
        if (located is null)
        {
            return null;
        }

        if (int.TryParse(located.Value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(located.Value.At, $"'{key}' must be an integer.");
        return null;
    }

    public bool? Bool(string key)
    {
        var located = Located(key, required: false);
        if (located is null)
        {
            return null;
        }

        if (bool.TryParse(located.Value.Value, out var value))
        {
            return value;
        }

        Error(located.Value.At, $"'{key}' must be true or false.");
        return null;
    }

    public YamlNode? Mapping(string key, bool required = true)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            if (required)
            {
                Error($"Missing key '{key}'.");
            }

            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return new YamlNode(file, mapping, errors);
        }

        Error(value.Start, $"'{key}' must be a mapping.");
        return null;
    }

    /// <summary>The entries of a mapping-valued key, in file order (e.g. the states of a lifecycle).</summary>
    public IReadOnlyList<(string Key, Mark At, YamlNode? Value, YamlNode Owner)> Entries()
    {
        var list = new List<(string, Mark, YamlNode?, YamlNode)>();
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            list.Add((name, key.Start, value is YamlMappingNode m ? new YamlNode(file, m, errors) : null, this));
        }

        return list;
    }

    /// <summary>Scalar entries of a mapping (e.g. the 'on' table: trigger → state).</summary>
    public IReadOnlyList<(string Key, string Value, Mark At)> ScalarEntries()
    {
        var list = new List<(string, string, Mark)>();
        foreach (var (key, value) in node.Children)
        {
            if (value is YamlScalarNode { Value: { } text } && key is YamlScalarNode { Value: { } name })
            {
                list.Add((name, text, key.Start));
            }
            else
            {
                Error(key.Start, "Expected 'name: value'.");
            }
        }

        return list;
    }

    public IReadOnlyList<YamlNode> Mappings(string key, bool required = true)
    {
        var items = new List<YamlNode>();
        foreach (var item in Sequence(key, required))
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(new YamlNode(file, mapping, errors));
            }
            else
            {
                Error(item.Start, $"Each item of '{key}' must be a mapping.");
            }
        }

        return items;
    }

    public IReadOnlyList<(string Value, Mark At)> Texts(string key, bool required = true)
    {
        var items = new List<(string, Mark)>();
        foreach (var item in Sequence(key, required))
        {
            if (item is YamlScalarNode { Value: { } text })
            {
                items.Add((text, item.Start));
            }
            else
            {
                Error(item.Start, $"Each item of '{key}' must be a text value.");
            }
        }

        return items;
    }

    private IEnumerable<YamlDotNet.RepresentationModel.YamlNode> Sequence(string key, bool required)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            if (required)
            {
                Error($"Missing key '{key}'.");
            }

            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            Error(value.Start, $"'{key}' must be a list.");
            return [];
        }

        return sequence.Children;
    }
}
