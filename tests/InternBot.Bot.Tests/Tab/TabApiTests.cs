using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Applications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace InternBot.Bot.Tests.Tab;

/// <summary>The tab API through the host: SSO token rules, roles, supervisor scoping, conflicts, CSV export.</summary>
public sealed class TabApiTests : IAsyncLifetime
{
    private const string SupervisorA = "a0000000-0000-0000-0000-00000000000a";
    private const string SupervisorB = "b0000000-0000-0000-0000-00000000000b";
    private const string StaffUser = "c0000000-0000-0000-0000-00000000000c";
    private const string InternUser = "d0000000-0000-0000-0000-00000000000d";
    private const string NobodyUser = "e0000000-0000-0000-0000-00000000000e";

    private readonly BotHost _host = BotHost.Authenticated();
    private RsaSecurityKey _key = null!;
    private IReadOnlyList<ApplicationRecord> _stored = [];

    public async ValueTask InitializeAsync()
    {
        // Roles come from the one role provider (here the configuration lists), not from the token.
        _host.ExtraSettings["Roles:Staff:0"] = StaffUser;
        _host.ExtraSettings["Roles:Supervisor:0"] = SupervisorA;
        _host.ExtraSettings["Roles:Supervisor:1"] = SupervisorB;
        _host.ExtraSettings["Roles:Intern:0"] = InternUser;
        _key = _host.Identity.Publish(FakeIdentityProvider.EntraMetadataTemplate.Replace("{tenant}", Tokens.TenantId, StringComparison.Ordinal), "tab-key-1");
        var store = _host.Services.GetRequiredService<IApplicationStore>();
        var submitted = DateTimeOffset.Parse("2025-06-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        ApplicationRecord Make(string candidate, string name, string vacancy, string supervisor, int day) => new()
        {
            CandidateId = candidate, DisplayName = name, Email = $"{candidate.ToLowerInvariant()}@example.org", Vacancy = vacancy, Campaign = "2025", Supervisors = supervisor,
            Nationalities = "BE", DateOfBirth = new DateOnly(2001, 3, 4), EnrolledStudent = true, YearsCompleted = 3, Languages = "en:C1;fr:B1",
            Documents = "qualification:en;proofOfStudies:en;motivation:en", SubmittedAt = submitted.AddDays(day),
        };
        await store.AddAsync(
        [
            Make("C1", "Anna Müller", "nds", SupervisorA, 1),
            Make("C2", "Bruno Bernard", "km", SupervisorB, 2),
            Make("C3", "=HYPERLINK(\"http://evil.example\",\"x\")", "nds", SupervisorA, 3),
            Make("C4", "Chiara Rossi", "km", $"{SupervisorB};{SupervisorA}", 4),
        ], TestContext.Current.CancellationToken);
        _stored = (await store.ChangesAsync(null, TestContext.Current.CancellationToken)).Changed;
    }

    public ValueTask DisposeAsync()
    {
        _host.Dispose();
        return ValueTask.CompletedTask;
    }

    private HttpClient WithToken(string? token)
    {
        var client = _host.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private HttpClient As(string objectId, params string[] roles) => WithToken(Tokens.TabSso(_key, objectId, roles));

    private static async Task<JsonNode> Json(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

    private static IEnumerable<string> Names(JsonNode list) => list["items"]!.AsArray().Select(i => i!["displayName"]!.GetValue<string>());

    [Fact]
    public async Task WithoutATokenTheApiAnswers401WithAChallenge()
    {
        var response = await WithToken(null).GetAsync("/api/tab/applications", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "another tenant's issuer", "wrong-issuer" },
        { "another tenant in tid", "wrong-tenant" },
        { "another audience", "wrong-audience" },
        { "no access_as_user scope", "scope-missing" },
        { "expired", "expired-or-not-yet-valid" },
        { "signed by an unknown key", "unknown-signing-key" },
        { "the client id with a trailing slash as audience", "wrong-audience" },
        { "a critical header we do not understand", "unsupported-critical-header" },
        { "JWE-shaped (five parts)", "malformed-token" },
        { "three parts of garbage", "malformed-token" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task TokensThatBreakARuleAre401(string what, string reason)
    {
        const string other = "99999999-bbbb-cccc-dddd-eeeeeeeeeeee";
        var token = what switch
        {
            "another tenant's issuer" => Tokens.TabSso(_key, StaffUser, ["Staff"], issuer: $"https://login.microsoftonline.com/{other}/v2.0"),
            "another tenant in tid" => Tokens.TabSso(_key, StaffUser, ["Staff"], tidClaim: other),
            "another audience" => Tokens.TabSso(_key, StaffUser, ["Staff"], audience: "api://someone-else/88888888-2222-3333-4444-555555555555"),
            "no access_as_user scope" => Tokens.TabSso(_key, StaffUser, ["Staff"], scope: "User.Read"),
            "expired" => Tokens.TabSso(_key, StaffUser, ["Staff"], expires: DateTimeOffset.UtcNow.AddMinutes(-6)),
            "the client id with a trailing slash as audience" => Tokens.TabSso(_key, StaffUser, ["Staff"], audience: Tokens.TabClientId + "/"),
            "a critical header we do not understand" => Tokens.TabSso(_key, StaffUser, ["Staff"], header: new Dictionary<string, object> { ["crit"] = new[] { "b64" }, ["b64"] = false }),
            "JWE-shaped (five parts)" => "eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d",
            "three parts of garbage" => "eyJ%%%.e30.@@",
            _ => Tokens.TabSso(FakeIdentityProvider.NewKey("forged"), StaffUser, ["Staff"]),
        };
        var response = await WithToken(token).GetAsync("/api/tab/applications", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(reason, (await Json(response))["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheApplicationIdUriIsAcceptedAsAudienceToo()
    {
        using var host = BotHost.Authenticated();
        var key = host.Identity.Publish(FakeIdentityProvider.EntraMetadataTemplate.Replace("{tenant}", Tokens.TenantId, StringComparison.Ordinal), "k");
        var client = host.WithWebHostBuilder(b => b.UseSetting("Tab:ApplicationIdUri", Tokens.TabApplicationIdUri)).CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.TabSso(key, StaffUser, ["Staff"], audience: Tokens.TabApplicationIdUri));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tab/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AnAppRoleInTheTokenGrantsNothingTheRoleProviderDoesNotGive()
    {
        // The token says Staff; the role provider (which the bot asks too) says Intern for one and nothing for the other.
        Assert.Equal(HttpStatusCode.Forbidden, (await As(InternUser, "Staff").GetAsync("/api/tab/applications", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await As(NobodyUser, "Staff", "Supervisor").GetAsync("/api/tab/applications", TestContext.Current.CancellationToken)).StatusCode);
        var me = await Json(await As(InternUser, "Staff").GetAsync("/api/tab/me", TestContext.Current.CancellationToken));
        Assert.Equal(["Intern"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        // And a person the provider knows as staff is staff without any app role in the token.
        Assert.Equal(HttpStatusCode.OK, (await As(StaffUser).GetAsync("/api/tab/applications", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task InternsGetOnboardingButNotApplications()
    {
        var intern = As(InternUser, "Intern");
        var refused = await intern.GetAsync("/api/tab/applications", TestContext.Current.CancellationToken);
        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var export = await intern.GetAsync("/api/tab/applications/export.csv", TestContext.Current.CancellationToken);
        Assert.True(export.StatusCode == HttpStatusCode.Forbidden, "export: " + await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var onboarding = await intern.GetAsync("/api/tab/onboarding?lang=fr", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, onboarding.StatusCode);
        Assert.NotEmpty((await Json(onboarding)).AsArray());
        var noRole = await As(NobodyUser).GetAsync("/api/tab/applications", TestContext.Current.CancellationToken);
        Assert.True(noRole.StatusCode == HttpStatusCode.Forbidden, "no role: " + await noRole.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ASupervisorSeesOnlyTheApplicationsThatNameThemInListSearchDetailAndExport()
    {
        var b = As(SupervisorB, "Supervisor");
        var list = await Json(await b.GetAsync("/api/tab/applications", TestContext.Current.CancellationToken));
        Assert.Equal(["Bruno Bernard", "Chiara Rossi"], Names(list).Order());
        Assert.Equal(2, list["total"]!.GetValue<int>());
        Assert.Empty(Names(await Json(await b.GetAsync("/api/tab/applications?q=muller", TestContext.Current.CancellationToken))));
        Assert.Empty(Names(await Json(await b.GetAsync("/api/tab/applications?vacancy=nds", TestContext.Current.CancellationToken))));

        var annaId = _stored.Single(a => a.CandidateId == "C1").Id;
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/tab/applications/{annaId}", TestContext.Current.CancellationToken)).StatusCode);
        var patch = await b.PatchAsJsonAsync($"/api/tab/applications/{annaId}", new { status = "Rejected", version = _stored.Single(a => a.CandidateId == "C1").Version }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, patch.StatusCode);

        var csv = await b.GetStringAsync("/api/tab/applications/export.csv", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Anna", csv, StringComparison.Ordinal);
        Assert.Contains("Bruno Bernard", csv, StringComparison.Ordinal);

        var a = As(SupervisorA, "Supervisor");
        Assert.Equal(3, (await Json(await a.GetAsync("/api/tab/applications", TestContext.Current.CancellationToken)))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task StaffSeeEverythingWithCountsAndSearchIgnoresAccents()
    {
        var staff = As(StaffUser, "Staff");
        var list = await Json(await staff.GetAsync("/api/tab/applications?sort=name", TestContext.Current.CancellationToken));
        Assert.Equal(4, list["total"]!.GetValue<int>());
        Assert.Equal(Names(list).OrderBy(n => n, StringComparer.Ordinal).Count(), Names(list).Count());
        Assert.Contains(list["counts"]!.AsArray(), c => c!["vacancy"]!.GetValue<string>() == "km" && c["count"]!.GetValue<int>() == 2);
        Assert.Equal(["Anna Müller"], Names(await Json(await staff.GetAsync("/api/tab/applications?q=MULLER", TestContext.Current.CancellationToken))));
        Assert.Equal(["C2"], (await Json(await staff.GetAsync("/api/tab/applications?q=c2@example", TestContext.Current.CancellationToken)))["items"]!.AsArray().Select(i => i!["candidateId"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("status=Hired")]
    [InlineData("eligibility=Maybe")]
    [InlineData("sort=salary")]
    [InlineData("page=0")]
    [InlineData("pageSize=10000")]
    public async Task ABadFilterIs400WithTheAcceptedValues(string query)
    {
        var response = await As(StaffUser, "Staff").GetAsync($"/api/tab/applications?{query}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sort=[-]<submittedAt", (await Json(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDetailCarriesEveryCriterionWithItsReasonInTheUsersLanguage()
    {
        var id = _stored.Single(a => a.CandidateId == "C2").Id;
        var detail = await Json(await As(StaffUser, "Staff").GetAsync($"/api/tab/applications/{id}?lang=fr", TestContext.Current.CancellationToken));
        var criteria = detail["criteria"]!.AsArray();
        Assert.Contains(criteria, c => c!["criterion"]!.GetValue<string>() == "nationality");
        Assert.Contains(criteria, c => c!["criterion"]!.GetValue<string>() == "age");
        Assert.All(criteria, c => Assert.False(string.IsNullOrWhiteSpace(c!["reason"]!.GetValue<string>())));
        Assert.Equal("Bruno Bernard", detail["summary"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task AStaleVersionIsAConflictCarryingTheCurrentRecordAndNothingIsOverwritten()
    {
        var staff = As(StaffUser, "Staff");
        var original = _stored.Single(a => a.CandidateId == "C4");
        var first = await staff.PatchAsJsonAsync($"/api/tab/applications/{original.Id}", new { status = "Shortlisted", notes = "strong KM profile", version = original.Version }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var newVersion = (await Json(first))["summary"]!["version"]!.GetValue<string>();
        Assert.NotEqual(original.Version, newVersion);

        var stale = await As(SupervisorB, "Supervisor").PatchAsJsonAsync($"/api/tab/applications/{original.Id}", new { status = "Rejected", version = original.Version }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var body = await Json(stale);
        Assert.Equal("conflict", body["error"]!.GetValue<string>());
        Assert.Equal("Shortlisted", body["current"]!["summary"]!["status"]!.GetValue<string>());
        Assert.Equal("strong KM profile", body["current"]!["notes"]!.GetValue<string>());

        var stored = await _host.Services.GetRequiredService<IApplicationStore>().GetAsync(original.Id, TestContext.Current.CancellationToken);
        Assert.Equal(ApplicationStatus.Shortlisted, stored!.Status);
    }

    [Fact]
    public async Task ViewsExportsAndChangesAreAuditedWithoutTheNotesAndOnlyStaffReadTheTrail()
    {
        var app = _stored.Single(a => a.CandidateId == "C1");
        var staff = As(StaffUser, "Staff");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/tab/applications/{app.Id}", TestContext.Current.CancellationToken)).StatusCode);
        using var content = new StringContent($$"""{"status":"Interview","notes":"secret remark about the candidate","version":"{{app.Version}}"}""", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await staff.PatchAsync($"/api/tab/applications/{app.Id}", content, TestContext.Current.CancellationToken)).StatusCode);
        await staff.GetStringAsync("/api/tab/applications/export.csv?vacancy=nds&q=anna", TestContext.Current.CancellationToken);

        var trail = (await Json(await staff.GetAsync($"/api/tab/applications/{app.Id}/audit", TestContext.Current.CancellationToken))).AsArray();
        Assert.Equal(["NotesChanged", "StatusChanged", "Viewed"], trail.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(trail, e => Assert.Equal(StaffUser, e!["actor"]!.GetValue<string>()));
        Assert.Equal("Submitted -> Interview", trail[1]!["detail"]!.GetValue<string>());

        var everything = await _host.Services.GetRequiredService<IAuditLog>().ListAsync(null, null, 100, TestContext.Current.CancellationToken);
        var export = Assert.Single(everything, e => e.Action == AuditAction.Exported);
        Assert.Equal("1 rows (csv); vacancy=nds, search", export.Detail);
        Assert.DoesNotContain(everything, e => (e.Detail ?? "").Contains("secret", StringComparison.Ordinal) || (e.Detail ?? "").Contains("anna", StringComparison.OrdinalIgnoreCase));

        var supervisor = await As(SupervisorA, "Supervisor").GetAsync($"/api/tab/applications/{app.Id}/audit", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, supervisor.StatusCode);
    }

    [Theory]
    [InlineData("""{"status":"Hired","version":"1"}""", "Unknown status")]
    [InlineData("""{"status":"Rejected"}""", "Version missing")]
    [InlineData("""{"status":"3","version":"1"}""", "Unknown status")]
    public async Task ABadChangeIs400AndChangesNothing(string body, string title)
    {
        var id = _stored.Single(a => a.CandidateId == "C1").Id;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await As(StaffUser, "Staff").PatchAsync($"/api/tab/applications/{id}", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, (await Json(response))["title"]!.GetValue<string>());
        Assert.Equal(ApplicationStatus.Submitted, (await _host.Services.GetRequiredService<IApplicationStore>().GetAsync(id, TestContext.Current.CancellationToken))!.Status);
    }

    [Fact]
    public async Task TheCsvExportHoldsTheFilteredViewWithFormulasNeutralised()
    {
        var response = await As(StaffUser, "Staff").GetAsync("/api/tab/applications/export.csv?vacancy=nds&sort=name", TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var table = Core.Csv.CsvTable.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("eligibility", table.Header[8]);
        Assert.Equal(2, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal("nds", r[4]));
        Assert.Contains(table.Rows, r => r[2] == "'=HYPERLINK(\"http://evil.example\",\"x\")");
        Assert.Equal(',', table.Delimiter);
    }

    [Fact]
    public async Task TheExcelExportHoldsTheFilteredViewWithTypedColumnsAFrozenHeaderAndFilters()
    {
        var response = await As(StaffUser, "Staff").GetAsync("/api/tab/applications/export.xlsx?vacancy=nds&sort=name", TestContext.Current.CancellationToken);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var sheet = Sheet(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var rows = sheet.Rows;
        Assert.Equal("eligibility", XlsxFile.Text(rows[0], "I"));
        Assert.Equal(3, rows.Count);
        Assert.All(rows.Skip(1), r => Assert.Equal("nds", XlsxFile.Text(r, "E")));

        // A name that looks like a formula is text, never a formula.
        var evil = rows.Skip(1).Single(r => XlsxFile.Text(r, "C").Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"x\")", XlsxFile.Text(evil, "C"));
        Assert.DoesNotContain(sheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>(), _ => true);

        // The submission time is an Excel date with a date format, not text.
        var submitted = XlsxFile.Cell(evil, "H");
        Assert.Null(submitted.DataType);
        var stored = _stored.Single(a => a.DisplayName.Contains("HYPERLINK", StringComparison.Ordinal)).SubmittedAt!.Value;
        Assert.Equal(stored.UtcDateTime.ToOADate(), double.Parse(submitted.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 6);
        Assert.Equal("yyyy-mm-dd hh:mm", sheet.FormatOf(submitted));

        var pane = sheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
        Assert.Equal((DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, 1.0), (pane.State!.Value, pane.VerticalSplit!.Value));
        Assert.Equal("A1:J3", sheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>().Single().Reference!.Value);
    }

    [Fact]
    public async Task AnExcelExportLinkShowsASupervisorOnlyTheirApplications()
    {
        var b = As(SupervisorB, "Supervisor");
        var made = await Json(await b.PostAsync("/api/tab/applications/export-link?sort=name&format=xlsx", null, TestContext.Current.CancellationToken));
        var file = await _host.CreateClient().GetAsync(made["url"]!.GetValue<string>(), TestContext.Current.CancellationToken);
        Assert.Equal("applications.xlsx", file.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var sheet = Sheet(await file.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["Bruno Bernard", "Chiara Rossi"], sheet.Rows.Skip(1).Select(r => XlsxFile.Text(r, "C")));
        Assert.Equal(HttpStatusCode.BadRequest, (await b.PostAsync("/api/tab/applications/export-link?format=pdf", null, TestContext.Current.CancellationToken)).StatusCode);
    }

    private static XlsxFile Sheet(byte[] bytes) => new(bytes);

    /// <summary>An .xlsx read back with the Open XML SDK, as Excel would read it.</summary>
    private sealed class XlsxFile : IDisposable
    {
        private readonly DocumentFormat.OpenXml.Packaging.SpreadsheetDocument _document;

        public XlsxFile(byte[] bytes)
        {
            _document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            Worksheet = _document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        }

        public DocumentFormat.OpenXml.Spreadsheet.Worksheet Worksheet { get; }

        public List<DocumentFormat.OpenXml.Spreadsheet.Row> Rows => Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();

        public static DocumentFormat.OpenXml.Spreadsheet.Cell Cell(DocumentFormat.OpenXml.Spreadsheet.Row row, string column) =>
            row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference!.Value == column + row.RowIndex!.Value);

        public static string Text(DocumentFormat.OpenXml.Spreadsheet.Row row, string column) => Cell(row, column).InnerText;

        public string? FormatOf(DocumentFormat.OpenXml.Spreadsheet.Cell cell)
        {
            var styles = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
            var format = styles.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
            return styles.NumberingFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value;
        }

        public void Dispose() => _document.Dispose();
    }

    [Fact]
    public async Task LabelsComeFromCoreInTheAskedLanguageSoTheBotAndTheTabSayTheSame()
    {
        var labels = await Json(await As(StaffUser, "Staff").GetAsync("/api/tab/labels?lang=fr", TestContext.Current.CancellationToken));
        var statuses = labels["statuses"]!.AsArray().ToDictionary(s => s!["value"]!.GetValue<string>(), s => s!["label"]!.GetValue<string>());
        Assert.Equal(Enum.GetNames<Core.Applications.ApplicationStatus>(), statuses.Keys);
        foreach (var status in Enum.GetValues<Core.Applications.ApplicationStatus>())
        {
            Assert.Equal(Bot.Cards.GeneralCards.StatusName(status, Core.Text.Language.French), statuses[status.ToString()]);
        }

        // The vacancy is "Offre" in French: the Offer status must not read the same.
        Assert.NotEqual("Offre", statuses["Offer"]);
        var verdicts = labels["verdicts"]!.AsArray().ToDictionary(s => s!["value"]!.GetValue<string>(), s => s!["label"]!.GetValue<string>());
        Assert.Equal(Core.Eligibility.EligibilityLabels.Of(Core.Eligibility.Verdict.CannotDecideYet).Fr, verdicts["CannotDecideYet"]);
        Assert.Equal("Eligible", (await Json(await As(StaffUser, "Staff").GetAsync("/api/tab/labels?lang=en", TestContext.Current.CancellationToken)))["verdicts"]![0]!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnExportLinkServesThePersonsOwnExportOnceWithoutCredentials()
    {
        var b = As(SupervisorB, "Supervisor");
        var made = await Json(await b.PostAsync("/api/tab/applications/export-link?sort=name", null, TestContext.Current.CancellationToken));
        var url = made["url"]!.GetValue<string>();
        Assert.StartsWith("/tab/download/", url, StringComparison.Ordinal);

        var anonymous = _host.CreateClient();
        var first = await anonymous.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("applications.csv", first.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var table = Core.Csv.CsvTable.Parse(Encoding.UTF8.GetString(await first.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF'));
        Assert.Equal(["Bruno Bernard", "Chiara Rossi"], table.Rows.Select(r => r[2]));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/tab/download/" + new string('a', 64), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/tab/applications/export-link", null, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await b.PostAsync("/api/tab/applications/export-link?separator=tab", null, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public void ADownloadTicketExpiresAfterAMinuteAndWaitingFilesAreBounded()
    {
        var time = new BotFramework.StoppedTime();
        var tickets = new InternBot.Tab.Applications.DownloadTickets(time);
        var ticket = tickets.Issue([1, 2, 3], "a.csv", "text/csv")!;
        time.Now += InternBot.Tab.Applications.DownloadTickets.Lifetime;
        Assert.Null(tickets.Redeem(ticket));
        Assert.Null(tickets.Issue(new byte[InternBot.Tab.Applications.DownloadTickets.MaxBytes + 1], "big.csv", "text/csv"));
        Assert.NotNull(tickets.Redeem(tickets.Issue([1], "b.csv", "text/csv")!));
    }

    [Fact]
    public async Task TheCsvExportUsesTheSeparatorExcelExpectsInFrenchUnlessAnotherIsChosen()
    {
        var staff = As(StaffUser, "Staff");
        async Task<Core.Csv.CsvTable> Export(string query)
        {
            var bytes = await staff.GetByteArrayAsync("/api/tab/applications/export.csv" + query, TestContext.Current.CancellationToken);
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            return Core.Csv.CsvTable.Parse(Encoding.UTF8.GetString(bytes[3..]));
        }

        var french = await Export("?lang=fr");
        Assert.Equal(';', french.Delimiter);
        Assert.Equal(4, french.Rows.Count);
        Assert.Equal(',', (await Export("?lang=fr&separator=comma")).Delimiter);
        Assert.Equal(';', (await Export("?lang=en&separator=semicolon")).Delimiter);

        var wrong = await staff.GetAsync("/api/tab/applications/export.csv?separator=tab", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("semicolon", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TabResponsesMayBeFramedByTeamsOfficeOutlookAndSharePointOnly()
    {
        var response = await As(StaffUser, "Staff").GetAsync("/api/tab/me", TestContext.Current.CancellationToken);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        foreach (var host in new[] { "https://teams.microsoft.com", "https://*.cloud.microsoft", "https://*.office.com", "https://outlook.office.com", "sharepoint.com" })
        {
            Assert.Contains(host, csp, StringComparison.Ordinal);
        }

        Assert.StartsWith("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var me = await Json(response);
        Assert.Equal(["Staff"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task TheBearerTokenIsNeverWrittenToTheLogs()
    {
        var token = Tokens.TabSso(_key, StaffUser, ["Staff"], scope: "User.Read");
        await WithToken(token).GetAsync("/api/tab/applications", TestContext.Current.CancellationToken);
        await As(StaffUser, "Staff").GetAsync("/api/tab/applications", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(_host.Logs, l => l.Message.Contains(token[..40], StringComparison.Ordinal) || l.Message.Contains("Anna", StringComparison.Ordinal));
    }
}
