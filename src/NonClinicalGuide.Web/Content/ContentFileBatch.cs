using System.Collections.Concurrent;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Content;

// The files of one content load, read, parsed and rendered all at once on every core. Loading kind by kind (the
// guide and the single pages on one thread, then each folder as a parallel query of its own) left a core idle
// while each small kind finished, and in a fresh process paid PLINQ's set-up for every folder. One list of files,
// each worker taking the next file as it finishes one, keeps both cores of a small machine busy to the end. Each
// file has an error list of its own, so no two threads add to the same list, and the lists are joined in the
// order the files were added: the errors read the same on every run.
public sealed class ContentFileBatch(string root)
{
    // Error messages name files from the folder that holds content/, as editors see them: content/roles/x.md.
    private readonly string _displayRoot = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? root;
    private readonly List<ContentError> _missing = [];
    private readonly List<(Func<List<ContentError>, object?> Load, List<ContentError> Errors)> _files = [];
    private object?[] _loaded = [];

    // One file in the content folder; what the function returned gives, once LoadAll has run, is null when the
    // file is missing or has errors.
    public Func<TLoaded?> File<TMeta, TLoaded>(string name, Func<SourceFile, TMeta, List<ContentError>, TLoaded> create)
        where TMeta : class where TLoaded : class
    {
        var path = Path.Combine(root, name);
        if (!System.IO.File.Exists(path))
        {
            _missing.Add(new ContentError(DisplayPath(path), 1, "this file is missing"));
            return () => null;
        }

        return Add(path, create);
    }

    public Func<TLoaded?> File<TMeta, TLoaded>(string name, Func<SourceFile, TMeta, TLoaded> create)
        where TMeta : class where TLoaded : class => File<TMeta, TLoaded>(name, (file, meta, _) => create(file, meta));

    // Every Markdown file of a folder (or the first `take`), in the order of their names; once LoadAll has run,
    // the function returned gives those that loaded without errors.
    public Func<List<TLoaded>> Folder<TMeta, TLoaded>(string folder, Func<SourceFile, TMeta, TLoaded> create, int take = int.MaxValue)
        where TMeta : class where TLoaded : class
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            _missing.Add(new ContentError(DisplayPath(directory), 1, "this folder is missing"));
            return () => [];
        }

        var files = Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal).Take(take)
            .Select(path => Add<TMeta, TLoaded>(path, (file, meta, _) => create(file, meta))).ToList();
        return () => files.Select(loaded => loaded()).OfType<TLoaded>().ToList();
    }

    // Loads every file added, one file at a time to each worker (no buffering: the files differ a lot in size, and
    // there are few); returns every problem found.
    public List<ContentError> LoadAll()
    {
        _loaded = new object?[_files.Count];
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, _files.Count), EnumerablePartitionerOptions.NoBuffering),
            index => _loaded[index] = _files[index].Load(_files[index].Errors));
        return [.. _missing, .. _files.SelectMany(file => file.Errors)];
    }

    private Func<TLoaded?> Add<TMeta, TLoaded>(string path, Func<SourceFile, TMeta, List<ContentError>, TLoaded> create)
        where TMeta : class where TLoaded : class
    {
        var index = _files.Count;
        _files.Add((errors => Load(path, errors, create), []));
        return () => (TLoaded?)_loaded[index];
    }

    private TLoaded? Load<TMeta, TLoaded>(string path, List<ContentError> errors, Func<SourceFile, TMeta, List<ContentError>, TLoaded> create)
        where TMeta : class where TLoaded : class
    {
        var file = SourceFile.Parse(DisplayPath(path), System.IO.File.ReadAllText(path), errors);
        if (file is null)
        {
            return null;
        }

        var meta = FrontMatterReader.Read<TMeta>(file, errors);
        return meta is null ? null : create(file, meta, errors);
    }

    private string DisplayPath(string path) => Path.GetRelativePath(_displayRoot, path).Replace(Path.DirectorySeparatorChar, '/');
}
