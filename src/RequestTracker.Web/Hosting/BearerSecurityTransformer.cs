using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RequestTracker.Web.Hosting;

/// <summary>Declares the bearer scheme in the OpenAPI document so the reference page can send a token.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "RequestTracker API";
        document.Info.Description = "Formal document requests, their questions and authorities. Get a token from POST /api/auth/token and send it as 'Authorization: Bearer <token>'.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The accessToken returned by POST /api/auth/token.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
