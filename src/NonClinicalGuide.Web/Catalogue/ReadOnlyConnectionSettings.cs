using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NonClinicalGuide.Web.Catalogue;

// Every pooled connection would otherwise keep its own 2 MB page cache; under load that is one copy of the
// catalogue per connection. A small cache leans on the operating system's single cached copy of the file.
// (Not a memory map: a catalogue file truncated under a mapped connection kills the process with SIGBUS,
// which the fault scripts showed; with plain reads it is an error the site recovers from.)
// EF opens the connection for every query, and a pooled connection keeps its SQLite handle, so the pragma
// runs once per handle rather than once per query.
public sealed class ReadOnlyConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA cache_size = -256;";

    private readonly ConditionalWeakTable<object, object> _applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _applied.TryAdd(handle, handle);
}
