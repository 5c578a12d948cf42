namespace NonClinicalGuide.Tests;

// The warm-up swallows its failures (a start must not stop for it), so a warm-up whose SQL is wrong would go
// unnoticed but for a slower start: each step is run here where a failure shows.
public class ContentParsersWarmUpTests
{
    [Fact]
    public void TheSqliteWarmUp_RunsToTheEnd()
    {
        var failure = Record.Exception(ContentParsersWarmUp.WarmSqlite);

        Assert.Null(failure);
    }
}
