// Starts Swagger UI on the API reference page (templates/api/docs.html). A file of our
// own, not an inline script: the content security policy allows scripts from 'self' only.
"use strict";

window.addEventListener("DOMContentLoaded", () => {
  const element = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: element.dataset.schemaUrl,
    domNode: element,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    // No request to the online validator: nothing leaves this site.
    validatorUrl: null,
    deepLinking: true,
    // Read-only API: "Try it out" is enough, nothing is sent but GET.
    supportedSubmitMethods: ["get"],
  });
});
