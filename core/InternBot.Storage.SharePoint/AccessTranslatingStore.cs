using Azure.Identity;
using InternBot.Core.Applications;
using Microsoft.Kiota.Abstractions;

namespace InternBot.Storage.SharePoint;

/// <summary>
/// The store as the tab sees it: what can go wrong on the way to SharePoint on someone's behalf (missing consent, no
/// access to the site, throttling that outlasted Graph's retries) surfaces as Core's <see cref="ApplicationAccessException"/>.
/// </summary>
internal sealed class AccessTranslatingStore(IApplicationStore inner) : IApplicationStore
{
    public Task<ApplicationPage> ListAsync(ApplicationQuery query, CancellationToken cancellationToken) => Translate(() => inner.ListAsync(query, cancellationToken));

    public Task<ApplicationRecord?> GetAsync(string id, CancellationToken cancellationToken) => Translate(() => inner.GetAsync(id, cancellationToken));

    public Task<UpdateResult> UpdateAsync(string id, ApplicationUpdate update, string expectedVersion, string modifiedBy, CancellationToken cancellationToken) =>
        Translate(() => inner.UpdateAsync(id, update, expectedVersion, modifiedBy, cancellationToken));

    public Task<ApplicationChanges> ChangesAsync(string? token, CancellationToken cancellationToken) => Translate(() => inner.ChangesAsync(token, cancellationToken));

    public Task<int> AddAsync(IReadOnlyList<ApplicationRecord> applications, CancellationToken cancellationToken) => Translate(() => inner.AddAsync(applications, cancellationToken));

    public Task<IReadOnlyList<ApplicationCount>> CountByVacancyAndStatusAsync(CancellationToken cancellationToken) => Translate(() => inner.CountByVacancyAndStatusAsync(cancellationToken));

    private static async Task<T> Translate<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AuthenticationFailedException e) when (IsConsentOrInteraction(e.Message))
        {
            throw new ApplicationAccessException(ApplicationAccessProblem.ConsentRequired, e);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 403)
        {
            throw new ApplicationAccessException(ApplicationAccessProblem.AccessDenied, e);
        }
        catch (ApiException e) when (e.ResponseStatusCode is 429 or 503)
        {
            throw new ApplicationAccessException(ApplicationAccessProblem.Busy, e);
        }
    }

    // AADSTS65001: consent missing; invalid_grant: consent missing or assertion expired; interaction_required: MFA.
    private static bool IsConsentOrInteraction(string message) =>
        message.Contains("AADSTS65001", StringComparison.Ordinal) || message.Contains("invalid_grant", StringComparison.Ordinal) || message.Contains("interaction_required", StringComparison.Ordinal);
}
