-- The population register's TraCuuThongTinCongDan, called directly as the gateway calls it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=UTF-8"
wrk.headers["SOAPAction"] = "\"TraCuuThongTinCongDan\""
wrk.headers["Authorization"] = "Bearer bench-token"
wrk.body = [[<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ns2:TraCuuThongTinCongDan xmlns:ns2="urn:vn:gov:dancu:congdan:v1"><ns2:MaYeuCau>bench</ns2:MaYeuCau><ns2:MaDVC>-</ns2:MaDVC><ns2:MaTichHop>HNI-GW</ns2:MaTichHop><ns2:MaCanBo>can-bo-bench</ns2:MaCanBo><ns2:SoDinhDanh>001305885451</ns2:SoDinhDanh></ns2:TraCuuThongTinCongDan></soap:Body></soap:Envelope>]]

dofile(os.getenv("BENCH_WRK") .. "/report.lua")
