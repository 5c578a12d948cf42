using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NonClinicalGuide.Web.Catalogue;

// Every pooled connection would otherwise keep its own 2 MB page cache; under load that is one copy of the
// catalogue per connection. Reading through a memory map lets all connections share the operating
// system's single copy of the (read-only) file instead.
public sealed class ReadOnlyConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -256;";

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
