using InternBot.Core.Configuration;

namespace InternBot.Core.Tests.Configuration;

public sealed class SettingValuesTests
{
    public enum Store
    {
        Sqlite,
        SharePoint,
    }

    [Theory]
    [InlineData(null, Store.Sqlite)]
    [InlineData("  ", Store.Sqlite)]
    [InlineData("sharepoint", Store.SharePoint)]
    [InlineData(" SharePoint ", Store.SharePoint)]
    [InlineData("Excel", null)]
    [InlineData("1", null)]
    [InlineData("7", null)]
    public void AChoiceIsReadByNameInAnyCaseAndNeverByNumber(string? value, Store? expected) =>
        Assert.Equal(expected, SettingValues.Choice(value, Store.Sqlite));
}
