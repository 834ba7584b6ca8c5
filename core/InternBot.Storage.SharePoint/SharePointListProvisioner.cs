using InternBot.Core.Applications;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace InternBot.Storage.SharePoint;

/// <summary>
/// Creates the applications list, with its indexed columns, from <see cref="ApplicationListSchema"/>. Idempotent:
/// a second run finds everything in place, changes nothing and says so. Needs Sites.Manage.All (or a
/// Sites.Selected grant with manage rights).
/// </summary>
public static class SharePointListProvisioner
{
    public sealed record Result(bool CreatedList, IReadOnlyList<string> AddedColumns, IReadOnlyList<string> IndexedColumns)
    {
        public bool Changed => CreatedList || AddedColumns.Count > 0 || IndexedColumns.Count > 0;
    }

    public static async Task<Result> ProvisionAsync(GraphServiceClient graph, SharePointListOptions options, CancellationToken cancellationToken)
    {
        var site = await graph.Sites[options.SitePath].GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"The site {options.SiteUrl} was not found.");
        var lists = await graph.Sites[site.Id].Lists.GetAsync(rc => rc.QueryParameters.Filter = $"displayName eq '{options.ListName.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken);
        var existing = lists?.Value?.FirstOrDefault();
        if (existing is null)
        {
            await graph.Sites[site.Id].Lists.PostAsync(new List
            {
                DisplayName = options.ListName,
                ListProp = new ListInfo { Template = "genericList" },
                Columns = ApplicationListSchema.Columns.Select(Definition).ToList(),
            }, cancellationToken: cancellationToken);
            return new Result(true, ApplicationListSchema.Columns.Select(c => c.Name).ToList(), []);
        }

        var columns = (await graph.Sites[site.Id].Lists[existing.Id].Columns.GetAsync(cancellationToken: cancellationToken))?.Value ?? [];
        var added = new List<string>();
        var indexed = new List<string>();
        foreach (var column in ApplicationListSchema.Columns)
        {
            var found = columns.FirstOrDefault(c => string.Equals(c.Name, column.Name, StringComparison.Ordinal));
            if (found is null)
            {
                await graph.Sites[site.Id].Lists[existing.Id].Columns.PostAsync(Definition(column), cancellationToken: cancellationToken);
                added.Add(column.Name);
            }
            else if (column.Indexed && found.Indexed != true)
            {
                await graph.Sites[site.Id].Lists[existing.Id].Columns[found.Id].PatchAsync(new ColumnDefinition { Indexed = true }, cancellationToken: cancellationToken);
                indexed.Add(column.Name);
            }
        }

        return new Result(false, added, indexed);
    }

    /// <summary>The Graph column for a schema column (facets are exclusive: exactly one per column).</summary>
    public static ColumnDefinition Definition(ListColumn c)
    {
        var d = new ColumnDefinition { Name = c.Name, DisplayName = c.DisplayName, Indexed = c.Indexed, Required = c.Required, EnforceUniqueValues = false };
        switch (c.Kind)
        {
            case ColumnKind.Text:
                d.Text = new TextColumn { MaxLength = 255 };
                break;
            case ColumnKind.Note:
                d.Text = new TextColumn { AllowMultipleLines = true };
                break;
            case ColumnKind.Number:
                d.Number = new NumberColumn();
                break;
            case ColumnKind.Date:
                d.DateTime = new DateTimeColumn { Format = "dateOnly" };
                break;
            case ColumnKind.DateTime:
                d.DateTime = new DateTimeColumn { Format = "dateTime" };
                break;
            default:
                d.Choice = new ChoiceColumn { Choices = c.ChoiceValues.ToList(), DisplayAs = "dropDownMenu", AllowTextEntry = false };
                break;
        }

        return d;
    }
}
