// Dwell time for the traffic statistics (docs/decisions/0010): when the page is hidden or
// left, the time it was visible goes to the server with navigator.sendBeacon (path and
// milliseconds only). Pages work the same without it. Inline, so it costs no request; the
// server handles /api/stats/dwell itself (scripts/lib/page-views.mjs).
const SCRIPT = `(function(){
if(!navigator.sendBeacon)return;
var path=location.pathname,start=document.visibilityState==="visible"?Date.now():0;
function send(){if(!start)return;var ms=Date.now()-start;start=0;if(ms>=500)navigator.sendBeacon("/api/stats/dwell",JSON.stringify({p:path,ms:ms}));}
function restart(){start=Date.now();path=location.pathname;}
document.addEventListener("visibilitychange",function(){if(document.visibilityState==="hidden")send();else restart();});
addEventListener("pagehide",send);
addEventListener("pageshow",function(e){if(e.persisted)restart();});
if(window.navigation)navigation.addEventListener("navigatesuccess",function(){if(location.pathname!==path){send();restart();}});
})();`;

export function DwellBeacon() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
