using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NonClinicalGuide.Web.Content;

// A YAML text parsed once into its events, which each reader then replays: FrontMatterChecker's tree and
// YamlDotNet's deserializer. Reading the text is most of the work of either, and it was done twice for every
// content file (a fifth of the time spent reading a file).
public sealed class YamlEvents
{
    private readonly List<ParsingEvent> _events = [];

    // Throws YamlException, with where, for text that is not YAML.
    public YamlEvents(string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                _events.Add(parser.Current!);
            }
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner gives up on some broken YAML (a [list] left open) without saying where: the
            // last thing it read is where to look.
            var near = _events.Count > 0 ? _events[^1].Start : Mark.Empty;
            throw new YamlException(near, near, "a [list] or {block} is left open, or something after it is out of place", exception);
        }
    }

    public IParser Replay() => new Replayer(_events);

    private sealed class Replayer(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
