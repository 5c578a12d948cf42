using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using NonClinicalGuide.Web.Vocabulary;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization.NamingConventions;

namespace NonClinicalGuide.Web.Content;

// Walks the front matter against the record it will become, field by field, so an editor sees every problem in
// a file at once (YamlDotNet alone stops at the first), each at its own line and in words: an unknown or
// retired field, a missing required one, a value that is not one of the allowed words, a malformed number
// or date. Only front matter that passes is handed to YamlDotNet, as the events parsed here (null when the text
// is not YAML at all).
public static class FrontMatterChecker
{
    public static YamlEvents? Check(SourceFile file, Type type, Func<string, string?> retired, List<ContentError> errors)
    {
        YamlEvents? events = null;
        YamlNode? root;
        try
        {
            events = new YamlEvents(file.FrontMatter);
            var stream = new YamlStream();
            stream.Load(events.Replay());
            root = stream.Documents.FirstOrDefault()?.RootNode;
        }
        catch (YamlException exception)
        {
            errors.Add(file.ErrorAt(LineOf(file, exception.Start), $"the front matter is not valid YAML: {Plain(exception.Message)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // Should the representation model give up on events the parser accepted (YamlEvents turns the
            // parser's own give-ups into YamlExceptions), YamlDotNet's deserializer, which runs next on the same
            // events, reports the problem with its line.
            return events;
        }

        if (root is null)
        {
            errors.Add(file.ErrorAt(1, "the front matter is empty"));
            return events;
        }

        CheckValue(file, root, type, "", retired, errors);
        return events;
    }

    private static void CheckValue(SourceFile file, YamlNode node, Type type, string path, Func<string, string?> retired, List<ContentError> errors)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            if (node is not YamlScalarNode)
            {
                errors.Add(file.ErrorAt(LineOf(file, node.Start), $"{Name(path)} should be text, not a list or a block of fields"));
            }

            return;
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
        {
            if (node is YamlSequenceNode sequence)
            {
                foreach (var item in sequence.Children)
                {
                    CheckValue(file, item, target.GetGenericArguments()[0], path, retired, errors);
                }
            }
            else
            {
                errors.Add(file.ErrorAt(LineOf(file, node.Start), $"{Name(path)} should be a list: [a, b] or one '- item' a line"));
            }

            return;
        }

        if (node is YamlScalarNode scalar)
        {
            CheckScalar(file, scalar, target, path, errors);
            return;
        }

        if (node is not YamlMappingNode mapping || !target.IsClass)
        {
            errors.Add(file.ErrorAt(LineOf(file, node.Start), $"{Name(path)} has the wrong shape (see content/README.md)"));
            return;
        }

        var properties = target.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => UnderscoredNamingConvention.Instance.Apply(p.Name), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var given = mapping.Children.Keys.Select(node => ((YamlScalarNode)node).Value ?? "").ToHashSet(StringComparer.Ordinal);
        var meant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var line = LineOf(file, keyNode.Start);
            if (!seen.Add(key))
            {
                errors.Add(file.ErrorAt(line, $"'{key}' is given twice"));
            }
            else if (!properties.TryGetValue(key, out var property))
            {
                // A misspelt field is one mistake, not two: say what it was meant to be, and do not also
                // report that field as missing.
                var nearest = EditDistance.Nearest(key, properties.Keys.Where(name => !given.Contains(name)));
                if (nearest is not null)
                {
                    meant.Add(nearest);
                }

                errors.Add(file.ErrorAt(line, retired(key) ?? (nearest is null
                    ? $"unknown field '{key}' (a typo? see content/README.md for the fields)"
                    : $"unknown field '{key}': did you mean '{nearest}'?")));
            }
            else if (valueNode is YamlScalarNode { Value: null or "" } && IsRequired(property))
            {
                errors.Add(file.ErrorAt(line, $"{Name(Join(path, key))} must have a value"));
            }
            else if (valueNode is not YamlScalarNode { Value: null or "" })
            {
                CheckValue(file, valueNode, property.PropertyType, Join(path, key), retired, errors);
            }
        }

        foreach (var (key, property) in properties.Where(pair => IsRequired(pair.Value) && !seen.Contains(pair.Key) && !meant.Contains(pair.Key)))
        {
            // A field is added at the top of its block: the file's first line, or the line of the list item.
            var line = path.Length == 0 ? 1 : LineOf(file, mapping.Start);
            errors.Add(file.ErrorAt(line, $"missing required field '{Join(path, key)}' (see content/README.md)"));
        }
    }

    private static void CheckScalar(SourceFile file, YamlScalarNode scalar, Type type, string path, List<ContentError> errors)
    {
        var value = scalar.Value ?? "";
        var line = LineOf(file, scalar.Start);
        if (type.IsEnum)
        {
            var allowed = Enum.GetValues(type).Cast<Enum>().Select(value => FixedValueNames.Of(value)).ToList();
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                errors.Add(file.ErrorAt(line, $"'{value}' is not one of the words {Name(path)} takes: {string.Join(", ", allowed)}"));
            }
        }
        else if (type == typeof(int) && !int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            errors.Add(file.ErrorAt(line, $"{Name(path)} should be a whole number, not '{value}'"));
        }
        else if (type == typeof(DateOnly) && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(file.ErrorAt(line, $"{Name(path)} should be a date written YYYY-MM-DD, not '{value}'"));
        }
        else if (type == typeof(bool) && value is not ("true" or "false"))
        {
            errors.Add(file.ErrorAt(line, $"{Name(path)} should be true or false, not '{value}'"));
        }
        else if (type.IsClass && type != typeof(string))
        {
            errors.Add(file.ErrorAt(line, $"{Name(path)} should be a block of fields, not '{value}' (see content/README.md)"));
        }
    }

    // A C# "required" member, or a value type without a default that YamlDotNet would leave at zero.
    private static bool IsRequired(PropertyInfo property) => property.GetCustomAttribute<RequiredMemberAttribute>() is not null;

    private static int LineOf(SourceFile file, Mark mark) => file.FrontMatterFirstLine + (int)Math.Max(mark.Line, 1) - 1;

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Name(string path) => path.Length == 0 ? "the front matter" : $"'{path}'";

    // YamlDotNet's messages start with "(Line: 3, Col: 5, Idx: 40) - (…): "; the line is given separately.
    private static string Plain(string message) =>
        message.StartsWith("(Line", StringComparison.Ordinal) && message.IndexOf("): ", StringComparison.Ordinal) is var end and > 0
            ? message[(end + 3)..]
            : message;
}
