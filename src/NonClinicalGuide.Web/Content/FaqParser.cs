using System.Text.RegularExpressions;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Content;

// The FAQ body is a list of "## Question {#anchor}" headings, each followed by its answer. Anchors are
// written by editors, not derived from the question, so rewording a question never breaks a shared link.
public static partial class FaqParser
{
    public static IReadOnlyList<LoadedFaqEntry> Parse(SourceFile file, List<ContentError> errors)
    {
        var entries = new List<LoadedFaqEntry>();
        var lines = file.Body.Split('\n');
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        (string Anchor, string Question)? current = null;
        var answer = new List<string>();

        void Flush()
        {
            if (current is { } entry)
            {
                entries.Add(new LoadedFaqEntry(entry.Anchor, entry.Question, MarkdownRenderer.RenderHtml(string.Join('\n', answer))));
            }

            answer.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = file.BodyFirstLine + i;
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                if (current is null && !string.IsNullOrWhiteSpace(lines[i]))
                {
                    errors.Add(file.ErrorAt(line, "text before the first question: start the body with '## Question {#anchor}'"));
                }

                answer.Add(lines[i]);
                continue;
            }

            Flush();
            var match = QuestionHeading().Match(lines[i]);
            if (!match.Success)
            {
                errors.Add(file.ErrorAt(line, "a question needs a stable anchor after it, like '## Is a degree needed? {#degree-needed}'"));
                current = null;
                continue;
            }

            var anchor = match.Groups["anchor"].Value;
            if (!anchors.Add(anchor))
            {
                errors.Add(file.ErrorAt(line, $"the anchor '{anchor}' is used by an earlier question"));
            }

            current = (anchor, match.Groups["question"].Value.Trim());
        }

        Flush();
        if (entries.Count == 0)
        {
            errors.Add(file.ErrorAt(file.BodyFirstLine, "the FAQ has no questions"));
        }

        return entries;
    }

    [GeneratedRegex(@"^##\s+(?<question>.+?)\s*\{#(?<anchor>[a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$")]
    private static partial Regex QuestionHeading();
}
