using InternBot.Core.Csv;
using InternBot.Core.Text;

namespace InternBot.Core.Tests.Csv;

public sealed class CsvTableTests
{
    [Fact]
    public void ATableReadWithSemicolonsIsWrittenBackWithSemicolons()
    {
        var table = CsvTable.Parse("\uFEFFname;city;notes\r\nZoë Müller;Liège;\"a; b\"\r\n");
        Assert.Equal(';', table.Delimiter);
        Assert.Equal(["Zoë Müller", "Liège", "a; b"], table.Rows[0]);
        Assert.Equal("name;city;notes\r\nZoë Müller;Liège;\"a; b\"\r\n", table.Write());
    }

    [Fact]
    public void FieldsHoldingEitherSeparatorAreQuotedSoTheFileReadsTheSameInAnyLocale()
    {
        var table = new CsvTable(["a", "b"], [["1,5", "x;y"]]);
        foreach (var delimiter in new[] { ',', ';' })
        {
            var back = CsvTable.Parse((table with { Delimiter = delimiter }).Write());
            Assert.Equal(delimiter, back.Delimiter);
            Assert.Equal(["1,5", "x;y"], back.Rows[0]);
        }
    }

    [Fact]
    public void AByteOrderMarkIsWrittenOnlyWhenAskedAndIsNotReadAsData()
    {
        var table = new CsvTable(["name"], [["Zoë"]]);
        Assert.False(table.Write().StartsWith('\uFEFF'));
        var marked = table.Write(byteOrderMark: true);
        Assert.StartsWith("\uFEFFname", marked, StringComparison.Ordinal);
        Assert.Equal("name", CsvTable.Parse(marked).Header[0]);
    }

    [Theory]
    [InlineData(Language.French, ';')]
    [InlineData(Language.English, ',')]
    public void ExcelsSeparatorFollowsTheLanguage(Language language, char expected) => Assert.Equal(expected, CsvTable.DelimiterFor(language));
}
