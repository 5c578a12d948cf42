using System.Threading.Channels;
using Microsoft.Extensions.Options;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Build;

// Live reload: saving a content file (or adding a data file) rebuilds the catalogue in the background and
// swaps it in. A broken file leaves the site on the last good catalogue and logs the same file:line list
// start-up would print.
public sealed class ContentWatcher(CatalogueBuilder builder, IOptions<CatalogueOptions> options, IHostEnvironment environment, ILogger<ContentWatcher> logger)
    : BackgroundService
{
    // Editors' tools save a file in several steps; wait for a quiet moment before rebuilding once.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);

    public bool IsWatching { get; private set; }

    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private readonly List<FileSystemWatcher> _watchers = [];

    // The watcher is set up here, while the host starts, not in ExecuteAsync: since .NET 10 that runs wholly
    // in the background, so a file saved just after start-up (or a test asking IsWatching) could miss it.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.LiveReload ?? environment.IsDevelopment())
        {
            foreach (var folder in new[] { builder.ContentPath, builder.OfficialDataPath }.Where(Directory.Exists))
            {
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName | NotifyFilters.Size,
                };
                FileSystemEventHandler changed = (_, _) => _changes.Writer.TryWrite(true);
                watcher.Changed += changed;
                watcher.Created += changed;
                watcher.Deleted += changed;
                watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
                logger.Watching(folder);
            }

            IsWatching = _watchers.Count > 0;
        }

        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_watchers.Count == 0)
        {
            return;
        }

        await foreach (var _ in _changes.Reader.ReadAllAsync(stoppingToken))
        {
            await Task.Delay(Settle, stoppingToken);
            while (_changes.Reader.TryRead(out var _))
            {
                // Changes that arrived while settling are covered by this rebuild.
            }

            var errors = await Task.Run(builder.Rebuild, stoppingToken);
            if (errors.Count > 0)
            {
                logger.ChangedWithProblems(errors.Count, Environment.NewLine, string.Join(Environment.NewLine, errors));
            }
        }
    }
}

internal static partial class ContentWatcherLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for changes")]
    public static partial void Watching(this ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content changed but has {Count} problem(s); still serving the last good catalogue:{NewLine}{Errors}")]
    public static partial void ChangedWithProblems(this ILogger logger, int count, string newLine, string errors);
}
