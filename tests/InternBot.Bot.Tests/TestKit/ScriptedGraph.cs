using System.Collections.Concurrent;

namespace InternBot.Bot.Tests.TestKit;

/// <summary>
/// Graph answering each request with a script (used for checkMemberGroups: POST /users/{id}/checkMemberGroups
/// {groupIds} -> {value: [ids]}), recording what was asked.
/// </summary>
internal sealed class ScriptedGraph(Func<HttpRequestMessage, string?, HttpResponseMessage> answer) : HttpMessageHandler
{
    public ConcurrentQueue<(string Path, string? Body)> Calls { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Calls.Enqueue((request.RequestUri!.AbsolutePath, body));
        return answer(request, body);
    }
}
