using InternBot.Core.Text;

namespace InternBot.Core.Tests.Text;

public sealed class LogValuesTests
{
    [Theory]
    [InlineData("help", "help")]
    [InlineData("a\r\nfake: line", "a??fake: line")]
    [InlineData("tab\there", "tab?here")]
    [InlineData("sep\u2028par\u2029", "sep?par?")]
    [InlineData("bidi\u202eevil", "bidi?evil")]
    [InlineData(null, "(none)")]
    public void ControlAndInvisibleCharactersBecomeQuestionMarks(string? value, string expected) => Assert.Equal(expected, LogValues.Safe(value));

    [Fact]
    public void ALoneSurrogateBecomesAQuestionMark() => Assert.Equal("lone?", LogValues.Safe("lone" + (char)0xD800));

    [Fact]
    public void LongValuesAreCutWithTheirLength()
    {
        var safe = LogValues.Safe(new string('x', 70_000));
        Assert.StartsWith(new string('x', LogValues.MaxLength), safe, StringComparison.Ordinal);
        Assert.EndsWith($"(+{70_000 - LogValues.MaxLength})", safe, StringComparison.Ordinal);
        Assert.True(safe.Length < LogValues.MaxLength + 20);
    }

    [Fact]
    public void AnExceptionIsDescribedByTypeAndPlaceNeverByItsMessage()
    {
        Exception caught;
        try
        {
            throw new FormatException("The input 'jane.doe@example.org' was not valid");
        }
        catch (FormatException e)
        {
            caught = e;
        }

        var described = new Failure(caught).ToString();
        Assert.StartsWith("FormatException at ", described, StringComparison.Ordinal);
        Assert.DoesNotContain("jane", described, StringComparison.Ordinal);
        Assert.Equal("x?y", new Untrusted("x\ny").ToString());
    }
}
