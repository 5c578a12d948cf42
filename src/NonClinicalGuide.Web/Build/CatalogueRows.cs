using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Build;

// Inserts entities into the catalogue the way EF Core maps them, without building EF's model (which costs
// more than the whole build): each table is named after its DbSet in CatalogueDb, its columns are read from
// the table SQLite created (from Schema.sql, which a test keeps identical to EF's), and each column is filled
// from the entity's property of the same name. So a field is declared once, on the entity.
public sealed class CatalogueRows(SqliteConnection connection, SqliteTransaction transaction)
{
    private static readonly Dictionary<Type, string> TableNames = typeof(CatalogueDb).GetProperties()
        .Where(property => property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
        .ToDictionary(property => property.PropertyType.GetGenericArguments()[0], property => property.Name);

    private readonly Dictionary<Type, object> _tables = [];

    public void Add<T>(T entity) where T : class => Table<T>().Insert(entity);

    public void AddRange<T>(IEnumerable<T> entities) where T : class
    {
        var table = Table<T>();
        foreach (var entity in entities)
        {
            table.Insert(entity);
        }
    }

    private Inserter<T> Table<T>() where T : class
    {
        if (!_tables.TryGetValue(typeof(T), out var table))
        {
            table = new Inserter<T>(connection, transaction, TableNames[typeof(T)]);
            _tables[typeof(T)] = table;
        }

        return (Inserter<T>)table;
    }

    private sealed class Inserter<T> where T : class
    {
        private readonly SqliteCommand _command;
        private readonly PropertyInfo[] _properties;

        public Inserter(SqliteConnection connection, SqliteTransaction transaction, string table)
        {
            var columns = Columns(connection, transaction, table);
            _properties = columns.Select(column => Property(table, column)).ToArray();
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Count; i++)
            {
                _command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }
        }

        public void Insert(T entity)
        {
            for (var i = 0; i < _properties.Length; i++)
            {
                _command.Parameters[i].Value = Stored(_properties[i].GetValue(entity));
            }

            _command.ExecuteNonQuery();
        }

        // The table's columns in order, except a generated integer key, which SQLite numbers itself.
        private static List<string> Columns(SqliteConnection connection, SqliteTransaction transaction, string table)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT name, pk, type FROM pragma_table_info('{table}')";
            using var reader = command.ExecuteReader();
            var columns = new List<string>();
            var (keys, generatedKey) = (0, false);
            while (reader.Read())
            {
                var (name, key, type) = (reader.GetString(0), reader.GetInt32(1) > 0, reader.GetString(2));
                columns.Add(name);
                keys += key ? 1 : 0;
                generatedKey |= key && name == "Id" && type == "INTEGER";
            }

            // A loop, not LINQ over (name, key, type) tuples: generic code over a value type, which the precompiled
            // image lacks, is compiled by the JIT on the build's path in every fresh process.
            if (keys == 1 && generatedKey)
            {
                columns.Remove("Id");
            }

            return columns;
        }

        // Values are read by plain reflection: compiling an expression for every column cost more, in a fresh
        // process, than reading every value of the real content this way.
        private static PropertyInfo Property(string table, string column) =>
            typeof(T).GetProperty(column, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"Table {table} has a column {column} that {typeof(T).Name} has no property for: is Catalogue/Schema.sql out of date?");

        // As EF Core stores them: enums as numbers, dates as yyyy-MM-dd, lists as JSON arrays (of numbers for enums).
        private static object Stored(object? value) => value switch
        {
            null => DBNull.Value,
            Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool flag => flag ? 1 : 0,
            string text => text,
            IEnumerable list => JsonArray(list),
            _ => value,
        };

        // Written directly rather than by JsonSerializer (HandWrittenJson), whose reflection set-up for a list of
        // objects is slow in a fresh process; the same text (the same default escaping).
        private static string JsonArray(IEnumerable items) => HandWrittenJson.Text(writer =>
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                switch (item)
                {
                    case null: writer.WriteNullValue(); break;
                    case Enum e: writer.WriteNumberValue(Convert.ToInt32(e, CultureInfo.InvariantCulture)); break;
                    case string text: writer.WriteStringValue(text); break;
                    default: throw new InvalidOperationException($"A list of {item.GetType().Name} cannot be stored as a column: store strings or enums.");
                }
            }

            writer.WriteEndArray();
        });
    }
}
