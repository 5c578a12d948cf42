namespace NonClinicalGuide.Web.Vocabulary;

// One problem in one content file, printed the way compilers do so editors and editors' tools can jump to it.
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";

    // By file, then line; messages about one line keep the order they were found in. With none, no sorter is set
    // up: in a fresh process that is code the JIT compiles, on the catalogue build's path, for nothing.
    public static List<ContentError> InFileOrder(IReadOnlyCollection<ContentError> errors) =>
        errors.Count == 0 ? [] : [.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)];
}

public sealed class ContentInvalidException(IReadOnlyList<ContentError> errors)
    : Exception($"The content has {errors.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
