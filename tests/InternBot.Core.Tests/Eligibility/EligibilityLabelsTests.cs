using System.Reflection;
using InternBot.Core.Eligibility;

namespace InternBot.Core.Tests.Eligibility;

public sealed class EligibilityLabelsTests
{
    /// <summary>Every id a rule declares, read from the rules themselves (their "Id" constants).</summary>
    public static TheoryData<string> RuleIds()
    {
        var ids = new TheoryData<string>();
        foreach (var type in typeof(EligibilityEngine).Assembly.GetTypes().Where(t => t.Namespace == "InternBot.Core.Eligibility.Rules"))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Id", StringComparison.Ordinal)))
            {
                ids.Add((string)field.GetRawConstantValue()!);
            }
        }

        return ids;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRulesCriterionHasANameInBothLanguages(string id)
    {
        var label = EligibilityLabels.Criterion(id);
        Assert.NotEqual(id, label.En);
        Assert.True(label.HasFrench);
    }

    [Fact]
    public void TheRulesDeclareEveryCriterion() => Assert.True(RuleIds().Count >= 11);
}
