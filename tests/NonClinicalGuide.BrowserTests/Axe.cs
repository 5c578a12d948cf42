using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace NonClinicalGuide.BrowserTests;

// axe-core's WCAG 2.0–2.2 A and AA rules, run in the page. Deque's RunAxe wrapper takes about 3 s a page here,
// nearly all of it serialising every passing node back to .NET; axe.run itself takes ~0.3 s. So the script is
// injected as it is and asked for violations only, as short lines of text.
public static class Axe
{
    private static readonly string Script = new BundledAxeScriptProvider().GetScript();

    private const string Run = """
        async () => {
          // Sections skipped by content-visibility are not rendered, so axe could not check their colours:
          // render everything first (the colours are the same either way).
          const style = document.createElement('style');
          style.textContent = '* { content-visibility: visible !important; }';
          document.head.append(style);
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            resultTypes: ['violations'],
          });
          style.remove();
          return JSON.stringify(result.violations.map(v =>
            `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`));
        }
        """;

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Script);
        return JsonSerializer.Deserialize<List<string>>(await page.EvaluateAsync<string>(Run)) ?? [];
    }
}
