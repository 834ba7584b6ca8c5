using InternBot.Core.Text;

namespace InternBot.Core.Eligibility;

/// <summary>A country (ISO 3166-1), with its NATO accession year when it is a member.</summary>
public sealed record Country(string Alpha2, string Alpha3, LocalizedText Name, int? NatoAccessionYear)
{
    public bool IsNatoMember => NatoAccessionYear is not null;
}
