using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.Converters;
using YamlDotNet.Serialization.NamingConventions;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Content;

// Turns front matter into a typed record. FrontMatterChecker first reports every problem field by field, in
// editors' words; YamlDotNet then maps what passed (its own exceptions, should one slip through, are
// translated the same way, with the line in the file rather than in the YAML block).
public static partial class FrontMatterReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnumNamingConvention(HyphenatedNamingConvention.Instance)
        .WithTypeConverter(new DateOnlyConverter(CultureInfo.InvariantCulture, false, "yyyy-MM-dd"))
        .WithEnforceRequiredMembers()
        .WithEnforceNullability()
        .WithDuplicateKeyChecking()
        .Build();

    public static T? Read<T>(SourceFile file, List<ContentError> errors) where T : class
    {
        var before = errors.Count;
        var events = FrontMatterChecker.Check(file, typeof(T), key => Retired.GetValueOrDefault(key), errors);
        if (events is null || errors.Count > before)
        {
            return null;
        }

        try
        {
            var value = Yaml.Deserialize<T>(events.Replay());
            if (value is null)
            {
                errors.Add(file.ErrorAt(1, "the front matter is empty"));
            }

            return value;
        }
        catch (YamlException exception)
        {
            var missing = MissingFields().Match(exception.Message);
            if (missing.Success)
            {
                // YamlDotNet points at the end of the mapping; the top of the file is where a field is added.
                var fields = missing.Groups["fields"].Value.Replace("'", "", StringComparison.Ordinal);
                errors.Add(file.ErrorAt(1, $"missing required field '{fields}' (see content/README.md)"));
                return null;
            }

            var line = file.FrontMatterFirstLine + (int)Math.Max(exception.Start.Line, 1) - 1;
            errors.Add(file.ErrorAt(line, Describe(exception)));
            return null;
        }
    }

    // Fields the site once read and no longer does, with what to do instead.
    private static readonly Dictionary<string, string> Retired = new(StringComparer.Ordinal)
    {
        ["facts"] = "figures are no longer typed in content: remove 'facts'. Pay, jobs, openings, growth and education come from the official files in data/ for the role's occupations (see content/README.md)",
        ["occupation"] = "'occupation' is now 'occupations', a list of the official occupations with soc, onet, relation and note; titles and figures come from data/ (see content/README.md)",
        ["median_pay"] = "figures are no longer typed in content: pay comes from the official files in data/ (see content/README.md)",
        ["value"] = "the headline figure is no longer typed: headline_figure names the occupation groups (occupations: [29-0000, 31-0000]) and the site adds them up from data/",
    };

    private static string Describe(YamlException exception)
    {
        var inner = exception.InnerException;
        var message = (inner ?? exception).Message;
        if (message.Contains("not found on type", StringComparison.Ordinal))
        {
            var field = message.Split('\'') is { Length: > 1 } parts ? parts[1] : "?";
            return Retired.TryGetValue(field, out var instead) ? instead : $"unknown field '{field}' (a typo? see content/README.md for the fields)";
        }

        if (inner is ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            return $"value not allowed here: {inner.Message}";
        }

        return exception.Message.StartsWith("(Line", StringComparison.Ordinal)
            ? exception.Message[(exception.Message.IndexOf("):", StringComparison.Ordinal) + 2)..].Trim()
            : exception.Message;
    }

    [GeneratedRegex(@"Missing properties, (?<fields>.+?) in source yaml")]
    private static partial Regex MissingFields();
}
