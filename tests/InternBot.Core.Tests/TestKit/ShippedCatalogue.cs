using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.TestKit;

/// <summary>The catalogue as shipped (copied into the test output by the Core project).</summary>
public static class ShippedCatalogue
{
    private static readonly Lazy<VacancyCatalogue> Catalogue = new(() => VacancyCatalogueLoader.LoadOrThrow(VacancyCatalogueLoader.DefaultPath));

    public static VacancyCatalogue Value => Catalogue.Value;

    public static Vacancy Get(string slug) => Value.Get(slug) ?? throw new InvalidOperationException($"no vacancy {slug}");
}
