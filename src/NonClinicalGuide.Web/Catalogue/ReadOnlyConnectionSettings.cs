using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NonClinicalGuide.Web.Catalogue;

// Every pooled connection would otherwise keep its own 2 MB page cache; under load that is one copy of the
// catalogue per connection. A small cache leans on the operating system's single cached copy of the file.
// (Not a memory map: a catalogue file truncated under a mapped connection kills the process with SIGBUS,
// which the fault scripts showed; with plain reads it is an error the site recovers from.)
public sealed class ReadOnlyConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA cache_size = -256;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
