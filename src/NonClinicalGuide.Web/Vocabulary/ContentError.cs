namespace NonClinicalGuide.Web.Vocabulary;

// One problem in one content file, printed the way compilers do so editors and editors' tools can jump to it.
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

public sealed class ContentInvalidException(IReadOnlyList<ContentError> errors)
    : Exception($"The content has {errors.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
