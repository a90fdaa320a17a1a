<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../archive_app/ui/widgets/edit_dialog.py" line="+44"/>
        <source>Edit report details</source>
        <translation>Sửa thông tin báo cáo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no date</source>
        <translation>không có ngày</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove person</source>
        <translation>Bỏ người</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+55"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>Meeting date</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+53"/>
        <source>Meeting kind</source>
        <translation>Loại cuộc họp</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>Written by</source>
        <translation>Người viết</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the version saved at the other desk; what you typed is kept</source>
        <translation>Tải bản vừa được lưu ở bàn khác; những gì bạn đã gõ vẫn được giữ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Persons</source>
        <translation>Người dự họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reloaded the version saved at the other desk. Your changes are kept. The other desk also changed these fields; Save keeps yours:</source>
        <translation>Đã tải lại bản vừa được lưu ở bàn khác. Những chỗ bạn sửa vẫn được giữ. Bàn khác cũng đã sửa các ô này; bấm Lưu sẽ giữ bản của bạn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reloaded the version saved at the other desk; your changes are kept over it. Check and save again.</source>
        <translation>Đã tải lại bản vừa được lưu ở bàn khác; những chỗ bạn sửa vẫn được giữ trên đó. Hãy kiểm tra rồi lưu lại.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../archive_app/ui/widgets/error_dialog.py" line="+26"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>Show details</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide details</source>
        <translation>Ẩn chi tiết</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Something went wrong and the action was not completed. Your archive is unchanged unless a message says otherwise. If it happens again, send the details below to your support contact.</source>
        <translation>Đã xảy ra lỗi nên thao tác chưa được thực hiện. Kho lưu trữ không thay đổi, trừ khi có thông báo khác. Nếu lỗi lặp lại, hãy gửi phần chi tiết dưới đây cho người hỗ trợ kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../archive_app/ui/widgets/export_flow.py" line="+73"/>
        <source>reports</source>
        <comment>file name: ASCII, no spaces</comment>
        <translation>bao-cao</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export as PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Saved %n page(s) as PDF: %1</source>
        <translation>
            <numerusform>Đã lưu %n trang PDF: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV cho bảng tính (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export reports</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Exported %n report(s) to %1</source>
        <translation>
            <numerusform>Đã xuất %n báo cáo vào %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>archive</source>
        <comment>file name: ASCII, no spaces</comment>
        <translation>kho-luu-tru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the whole archive</source>
        <translation>Xuất toàn bộ kho lưu trữ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip archives (*.zip)</source>
        <translation>Tệp nén zip (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The whole archive was saved to %1: %2 reports, %3 original files. Import this file to restore it.</source>
        <translation>Đã lưu toàn bộ kho vào %1: %2 báo cáo, %3 tệp gốc. Nhập tệp này để khôi phục kho.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting… %1/%2</source>
        <translation>Đang xuất… %1/%2</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../archive_app/ui/widgets/filter_chips.py" line="+63"/>
        <source>Remove this filter</source>
        <translation>Bỏ bộ lọc này</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person: %1</source>
        <translation>Người dự: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag: %1</source>
        <translation>Thẻ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: %1</source>
        <translation>Loại: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported together: %1</source>
        <translation>Cùng một lần nhập: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans only</source>
        <translation>Bản quét</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until %1</source>
        <translation>Đến %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtered by:</source>
        <translation>Đang lọc theo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop every filter and show all matching reports</source>
        <translation>Bỏ mọi bộ lọc và hiện mọi báo cáo khớp</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../archive_app/ui/widgets/filter_panel.py" line="+240"/>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons</source>
        <translation>Người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting kinds</source>
        <translation>Loại cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a date as dd/mm/yyyy; empty: any date. Alt+Down opens a calendar.</source>
        <translation>Gõ ngày dạng dd/mm/yyyy; để trống: ngày bất kỳ. Alt+Mũi tên xuống mở lịch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose on a calendar</source>
        <translation>Chọn trên lịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans only</source>
        <translation>Bản quét</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only reports whose text was read from a scan by OCR</source>
        <translation>Chỉ những báo cáo có văn bản được nhận dạng (OCR) từ bản quét</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../archive_app/ui/widgets/import_flow.py" line="+224"/>
        <source>Import reports</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (*.docx *.doc *.odt *.pdf *.rtf *.txt *.md *.html *.htm *.jsonl);;Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Archive exports (*.zip);;All files (*)</source>
        <translation>Báo cáo (*.docx *.doc *.odt *.pdf *.rtf *.txt *.md *.html *.htm *.jsonl);;Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Bản xuất kho lưu trữ (*.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a folder of reports</source>
        <translation>Nhập một thư mục báo cáo</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stopping after the current file…</source>
        <translation>Đang dừng sau tệp hiện tại…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1 of %2</source>
        <translation>Đang nhập %1/%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reading the scan (OCR): page %1 of %2</source>
        <translation>đang nhận dạng bản quét (OCR): trang %1/%2</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location line="-205"/>
        <source>Import reports</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) or folder(s): %1</source>
        <translation>
            <numerusform>%n tệp hoặc thư mục: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Hồ sơ 2021, Phòng Tổ chức (optional)</source>
        <translation>ví dụ: Hồ sơ 2021, Phòng Tổ chức (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags for every report of this import:</source>
        <translation>Gắn thẻ cho mọi báo cáo của lần nhập này:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location line="+21"/>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: %1 · duplicates: %2 · failed: %3</source>
        <translation>Đã nhập: %1 · trùng: %2 · lỗi: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every imported report is tagged: %1</source>
        <translation>Mọi báo cáo vừa nhập được gắn thẻ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled before the end; the remaining files were not imported.</source>
        <translation>Việc nhập đã bị hủy giữa chừng; các tệp còn lại chưa được nhập.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in the archive (report %1)</source>
        <translation>Đã có trong kho (báo cáo số %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported as report %1: %2</source>
        <translation>Đã nhập thành báo cáo %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show these reports</source>
        <translation>Hiện các báo cáo này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message>
        <location filename="../../archive_app/ui/widgets/index_status.py" line="+46"/>
        <source>Indexing %1/%2</source>
        <translation>Đang lập chỉ mục %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the search index…</source>
        <translation>Đang chuẩn bị chỉ mục tìm kiếm…</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../archive_app/ui/widgets/actions.py" line="+112"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import reports from files (Ctrl+I)</source>
        <translation>Nhập báo cáo từ tệp (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;folder…</source>
        <translation>Nhập cả &amp;thư mục…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import every report in a folder and its subfolders</source>
        <translation>Nhập mọi báo cáo trong một thư mục và các thư mục con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as P&amp;DF…</source>
        <translation>Xuất ra P&amp;DF…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Print the selected reports, each on new pages; a preview comes first (Ctrl+P)</source>
        <translation>In các báo cáo đã chọn, mỗi báo cáo bắt đầu ở trang mới; xem trước khi in (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected reports as one PDF file, laid out as printed</source>
        <translation>Lưu các báo cáo đã chọn thành một tệp PDF, trình bày như bản in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected reports as &amp;JSON Lines…</source>
        <translation>Báo cáo đã chọn ra &amp;JSON Lines…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file that any archive can import back</source>
        <translation>Tệp mà kho lưu trữ nào cũng nhập lại được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected reports as &amp;CSV…</source>
        <translation>Báo cáo đã chọn ra &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata for spreadsheets (Excel reads Vietnamese)</source>
        <translation>Thông tin mô tả cho bảng tính (Excel đọc đúng tiếng Việt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All listed reports as JSON &amp;Lines…</source>
        <translation>Mọi báo cáo trong danh sách ra JSON &amp;Lines…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every report of the current list, in its order</source>
        <translation>Mọi báo cáo của danh sách hiện tại, theo đúng thứ tự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All listed reports as C&amp;SV…</source>
        <translation>Mọi báo cáo trong danh sách ra C&amp;SV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata of every report of the current list</source>
        <translation>Thông tin mô tả của mọi báo cáo trong danh sách hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;whole archive (zip)…</source>
        <translation>&amp;Toàn bộ kho lưu trữ (zip)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every report, original file, person and tag in one zip; importing it restores the archive</source>
        <translation>Mọi báo cáo, tệp gốc, người và thẻ trong một tệp zip; nhập tệp này để khôi phục kho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;original file</source>
        <translation>Mở tệp &amp;gốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file this report was imported from (a scan, a document) with the system&apos;s viewer</source>
        <translation>Mở tệp đã nhập báo cáo này (bản quét, văn bản) bằng chương trình xem của hệ thống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the search box (Ctrl+F)</source>
        <translation>Đến ô tìm kiếm (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next hit</source>
        <translation>Chỗ tìm thấy &amp;tiếp theo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next highlighted hit in the report (F3)</source>
        <translation>Chỗ tìm thấy tiếp theo trong báo cáo (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious hit</source>
        <translation>Chỗ tìm thấy t&amp;rước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous highlighted hit in the report (Shift+F3)</source>
        <translation>Chỗ tìm thấy trước đó trong báo cáo (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit report details…</source>
        <translation>&amp;Sửa thông tin báo cáo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct title, date, kind, persons and author (Ctrl+E)</source>
        <translation>Sửa tiêu đề, ngày, loại cuộc họp, thành phần và người viết (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag selected reports</source>
        <translation>&amp;Gắn thẻ cho báo cáo đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the tag box below the results (Ctrl+T)</source>
        <translation>Đến ô gắn thẻ bên dưới danh sách (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to trash</source>
        <translation>&amp;Chuyển vào thùng rác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected reports to the trash (Delete)</source>
        <translation>Chuyển các báo cáo đã chọn vào thùng rác (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rash…</source>
        <translation>Thùng &amp;rác…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore reports from the trash, or empty it</source>
        <translation>Khôi phục báo cáo từ thùng rác, hoặc dọn sạch thùng rác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo move to trash</source>
        <translation>&amp;Hoàn tác chuyển vào thùng rác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the reports just moved to the trash (Ctrl+Z)</source>
        <translation>Lấy lại các báo cáo vừa chuyển vào thùng rác (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filters</source>
        <translation>&amp;Bộ lọc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the filter panel (F9)</source>
        <translation>Hiện hoặc ẩn khung bộ lọc (F9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Dòng thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the meetings-per-month chart</source>
        <translation>Hiện hoặc ẩn biểu đồ số cuộc họp mỗi tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every key of the window (F1)</source>
        <translation>Mọi phím tắt của cửa sổ (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Persons</source>
        <translation>&amp;Người dự họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone in the archive and the meetings they attended</source>
        <translation>Mọi người có trong kho và các cuộc họp họ đã dự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags</source>
        <translation>&amp;Thẻ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename, merge, colour and delete tags</source>
        <translation>Đổi tên, gộp, tô màu và xóa thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rebuild search index</source>
        <translation>&amp;Lập lại chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the search index again from the database</source>
        <translation>Lập lại chỉ mục tìm kiếm từ cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check archive</source>
        <translation>&amp;Kiểm tra kho lưu trữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the database, the search index and the original files</source>
        <translation>Kiểm tra cơ sở dữ liệu, chỉ mục tìm kiếm và các tệp gốc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;sample archive</source>
        <translation>Mở &amp;kho mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eight fictional reports to try the archive with; your own archive stays as it is</source>
        <translation>Tám biên bản hư cấu để dùng thử; kho lưu trữ của bạn vẫn giữ nguyên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Người dự họp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../archive_app/ui/widgets/main_window.py" line="+285"/>
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found in %1 ms</source>
        <translation>Tìm thấy trong %1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search index is being prepared; your search will run when it is ready.</source>
        <translation>Chỉ mục tìm kiếm đang được lập; việc tìm kiếm sẽ chạy ngay khi chỉ mục sẵn sàng.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Meeting report archive</source>
        <translation>Kho biên bản họp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — sample archive</source>
        <translation>%1 — kho mẫu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by words, person or topic — e.g. dân vận, Nguyễn Văn A, &quot;giao ban&quot;</source>
        <translation>Tìm theo từ, người hoặc chủ đề — ví dụ: dân vận, Nguyễn Văn A, &quot;giao ban&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diacritics are optional: “dan van” also finds “dân vận” (Ctrl+F)</source>
        <translation>Không cần gõ dấu: “dan van” cũng tìm thấy “dân vận” (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>OfficeConnect</name>
    <message>
        <location filename="../../archive_app/ui/office_connect.py" line="+143"/>
        <source>Connect to the office archive…</source>
        <translation>Kết nối kho lưu trữ của cơ quan…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>administrator</source>
        <translation>quản trị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archivist</source>
        <translation>văn thư lưu trữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reader</source>
        <translation>người đọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office archive: %1 (%2)</source>
        <translation>Kho lưu trữ của cơ quan: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OfficeConnectDialog</name>
    <message>
        <location line="-63"/>
        <source>Connect to the office archive</source>
        <translation>Kết nối kho lưu trữ của cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address:</source>
        <translation>Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the password (in this computer&apos;s keyring)</source>
        <translation>Nhớ mật khẩu (trong kho khóa của máy tính này)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office archive is shared by every desk of the office; its administrator gives your login a role (reader, archivist or admin).</source>
        <translation>Kho lưu trữ của cơ quan dùng chung cho mọi máy trong cơ quan; người quản trị cấp cho tài khoản của bạn một vai trò (người đọc, văn thư lưu trữ hoặc quản trị).</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../archive_app/ui/operations.py" line="+77"/>
        <source>The search index was rebuilt.</source>
        <translation>Đã lập lại chỉ mục tìm kiếm.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n imported report(s) can now be searched.</source>
        <translation>
            <numerusform>Đã có thể tìm %n báo cáo vừa nhập.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The report was saved.</source>
        <translation>Đã lưu báo cáo.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Moved %n report(s) to the trash (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>Đã chuyển %n báo cáo vào thùng rác (Ctrl+Z để hoàn tác).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Restored %n report(s) from the trash.</source>
        <translation>
            <numerusform>Đã khôi phục %n báo cáo từ thùng rác.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The archive is in good order: %1 reports, all indexed, %2 original files verified.</source>
        <translation>Kho lưu trữ ở trạng thái tốt: %1 báo cáo, tất cả đã có trong chỉ mục, đã kiểm tra %2 tệp gốc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems found: %1.</source>
        <translation>Số vấn đề phát hiện: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked: the office archive&apos;s database (PostgreSQL, %4), this desk&apos;s search index (%1 of %2 reports) and the SHA-256 of %3 original files.</source>
        <translation>Đã kiểm tra: cơ sở dữ liệu của kho cơ quan (PostgreSQL, %4), chỉ mục tìm kiếm của máy này (%1 trên %2 báo cáo) và mã SHA-256 của %3 tệp gốc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked: the database (SQLite integrity), the search index (%1 of %2 reports) and the SHA-256 of %3 original files.</source>
        <translation>Đã kiểm tra: cơ sở dữ liệu (tính toàn vẹn SQLite), chỉ mục tìm kiếm (%1 trên %2 báo cáo) và mã SHA-256 của %3 tệp gốc.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do: rebuild the search index (Tools ▸ Rebuild search index); nothing is lost.</source>
        <translation>Cách sửa: lập lại chỉ mục tìm kiếm (Công cụ ▸ Lập lại chỉ mục tìm kiếm); không mất dữ liệu nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do: restore your latest backup into a new folder (archive-app restore BACKUP.zip --data-dir NEW_FOLDER) and take the damaged part from it.</source>
        <translation>Cách sửa: khôi phục bản sao lưu gần nhất vào một thư mục mới (archive-app restore BẢN_SAO.zip --data-dir THƯ_MỤC_MỚI) rồi lấy lại phần bị hỏng từ đó.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rebuild search index</source>
        <translation>Lập lại chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Original file</source>
        <translation>Tệp gốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program opens this kind of file; the original was saved as %1</source>
        <translation>Không có chương trình nào mở được loại tệp này; tệp gốc đã được lưu tại %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Check archive</source>
        <translation>Kiểm tra kho lưu trữ</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Checking the archive…</source>
        <translation>Đang kiểm tra kho lưu trữ…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Meeting report archive %1 — import, find, read and tag meeting reports.</source>
        <translation>Kho biên bản họp %1 — nhập, tìm, đọc và gắn thẻ biên bản, báo cáo các cuộc họp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+13"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <location line="-172"/>
        <source>Tags changed on %n report(s).</source>
        <translation>
            <numerusform>Đã cập nhật thẻ của %n báo cáo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <location filename="../../archive_app/ui/widgets/persons.py" line="+178"/>
        <location line="+12"/>
        <source>Persons</source>
        <translation>Người dự họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person (diacritics optional)</source>
        <translation>Tìm người (không cần gõ dấu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show their reports</source>
        <translation>Xem các báo cáo của người này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <location line="-86"/>
        <source>%Ln person(s) in the archive. Choose one to see their meetings.</source>
        <translation>
            <numerusform>Kho có %Ln người. Chọn một người để xem các cuộc họp của họ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no role recorded</source>
        <translation>không ghi chức vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date not recorded</source>
        <translation>không rõ ngày</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n cuộc họp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles over time</source>
        <translation>Chức vụ qua thời gian</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair</source>
        <translation>chủ trì</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../archive_app/ui/widgets/print_preview.py" line="+54"/>
        <source>Cover page</source>
        <translation>Trang bìa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a list of the reports and their page numbers</source>
        <translation>Mở đầu bằng danh mục báo cáo và số trang của chúng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight hits</source>
        <translation>Tô sáng từ tìm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the words of the current search in yellow</source>
        <translation>Tô vàng các từ của lần tìm hiện tại</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../archive_app/ui/widgets/import_flow.py" line="-116"/>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the import…</source>
        <translation>Đang chuẩn bị nhập…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip this scan</source>
        <translation>Bỏ qua bản quét này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading this scan (it is not imported) and go on with the other files</source>
        <translation>Dừng đọc bản quét này (tệp không được nhập) và nhập tiếp các tệp khác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../archive_app/ui/widgets/prompts.py" line="+12"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../archive_app/ui/read_only.py" line="+24"/>
        <source>This archive&apos;s folder cannot be written.</source>
        <translation>Thư mục của kho lưu trữ này không ghi được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive is read-only: you can search, read, print and export; to import, edit, tag or delete, copy the folder somewhere writable and open it there.</source>
        <translation>Kho lưu trữ chỉ đọc: có thể tìm, đọc, in và xuất; muốn nhập, sửa, gắn thẻ hay xóa, hãy chép thư mục sang chỗ ghi được rồi mở ở đó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This archive is already open in another window.</source>
        <translation>Kho lưu trữ này đang được mở trong một cửa sổ khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This window is read-only: you can search, read, print and export here; import, edit, tag and delete in the other window.</source>
        <translation>Cửa sổ này chỉ để đọc: ở đây có thể tìm, đọc, in và xuất; hãy nhập, sửa, gắn thẻ và xóa ở cửa sổ kia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (process %1)</source>
        <translation> (tiến trình %1)</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../archive_app/ui/widgets/reader.py" line="+92"/>
        <source>Select a report to read it here.</source>
        <translation>Chọn một báo cáo để đọc tại đây.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Scan · OCR%1</source>
        <translation>Bản quét · OCR%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text recognised from a scan by %1 (%2); mean word confidence %3 of 100</source>
        <translation>Văn bản nhận dạng từ bản quét bằng %1 (%2); độ tin cậy trung bình của từ: %3/100</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>hit %1/%2</source>
        <translation>chỗ tìm thấy %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no hits</source>
        <translation>không có chỗ tìm thấy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Chỗ tìm thấy trước (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hit (F3)</source>
        <translation>Chỗ tìm thấy tiếp theo (F3)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../archive_app/ui/models/results.py" line="+130"/>
        <source>%1 (scan, text read by OCR)</source>
        <translation>%1 (bản quét, văn bản đọc bằng OCR)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../archive_app/ui/widgets/sample_banner.py" line="+21"/>
        <source>This is the sample archive.</source>
        <translation>Đây là kho mẫu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eight fictional meeting reports to try searching, filters, tags and printing. Nothing you do here touches your own archive.</source>
        <translation>Tám biên bản họp hư cấu để thử tìm kiếm, bộ lọc, gắn thẻ và in. Mọi thao tác ở đây không ảnh hưởng đến kho lưu trữ của bạn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to my archive</source>
        <translation>Quay lại kho của tôi</translation>
    </message>
</context>
<context>
    <name>SampleFlow</name>
    <message>
        <location filename="../../archive_app/ui/sample_flow.py" line="+45"/>
        <source>Please wait until the import has finished.</source>
        <translation>Vui lòng chờ việc nhập hoàn tất.</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../../archive_app/ui/widgets/saved_views.py" line="+99"/>
        <source>Recently imported</source>
        <translation>Gần đây (mới nhập)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every report, the latest import first</source>
        <translation>Mọi báo cáo, lần nhập mới nhất trước</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved search (Delete forgets it)</source>
        <translation>Tìm kiếm đã lưu (phím Delete để xóa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save search</source>
        <translation>Lưu tìm kiếm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this search:</source>
        <translation>Tên của tìm kiếm này:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved searches</source>
        <translation>Tìm kiếm đã lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search…</source>
        <translation>Lưu tìm kiếm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current search and filters under a name</source>
        <translation>Lưu từ khóa và bộ lọc hiện tại dưới một tên</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <location filename="../../archive_app/ui/widgets/scan_view.py" line="+59"/>
        <source>Loading the scan…</source>
        <translation>Đang tải bản quét…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Scan, page %1 of %2</source>
        <translation>Bản quét, trang %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Bản quét</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous page of the scan</source>
        <translation>Trang trước của bản quét</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page of the scan</source>
        <translation>Trang sau của bản quét</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../archive_app/ui/widgets/shortcuts.py" line="+20"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down (in the search box)</source>
        <translation>Mũi tên xuống (trong ô tìm kiếm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the results</source>
        <translation>Chuyển xuống danh sách kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Mũi tên lên, xuống, Page Up, Page Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move through the results</source>
        <translation>Di chuyển trong danh sách kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in the results)</source>
        <translation>Enter (trong danh sách kết quả)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the report: the reader takes the keys</source>
        <translation>Đọc báo cáo: khung đọc nhận phím</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape (in the reader)</source>
        <translation>Esc (trong khung đọc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the results</source>
        <translation>Quay lại danh sách kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next or previous field</source>
        <translation>Ô tiếp theo hoặc ô trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/mm/yyyy (in From and To)</source>
        <translation>dd/mm/yyyy (trong ô Từ và Đến)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a date; Alt+Down opens a calendar</source>
        <translation>Gõ ngày; Alt+Mũi tên xuống mở lịch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Tác dụng</translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <location filename="../../archive_app/ui/widgets/sort_menu.py" line="+36"/>
        <source>&amp;Sort by</source>
        <translation>&amp;Sắp xếp theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best match (newest first without a search)</source>
        <translation>Khớp nhất (không tìm kiếm: mới nhất trước)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, newest first</source>
        <translation>Ngày, mới nhất trước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date, oldest first</source>
        <translation>Ngày, cũ nhất trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, A to Z</source>
        <translation>Tiêu đề, A đến Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title, Z to A</source>
        <translation>Tiêu đề, Z đến A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting kind</source>
        <translation>Loại cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of persons, most first</source>
        <translation>Số người dự, nhiều nhất trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported, latest first</source>
        <translation>Ngày nhập, mới nhất trước</translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message numerus="yes">
        <location filename="../../archive_app/ui/widgets/tag_editor.py" line="+90"/>
        <source>Tag %n selected report(s):</source>
        <translation>
            <numerusform>Gắn thẻ cho %n báo cáo đã chọn:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tag 1, tag 2, …</source>
        <translation>thẻ 1, thẻ 2, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag names, separated by commas</source>
        <translation>tên thẻ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tag</source>
        <translation>Thêm thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tag</source>
        <translation>Bỏ thẻ</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../archive_app/ui/widgets/tag_manager.py" line="+37"/>
        <source>Tags</source>
        <translation>Quản lý thẻ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into…</source>
        <translation>Gộp vào…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No colour</source>
        <translation>Không màu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>Số báo cáo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rename tag</source>
        <translation>Đổi tên thẻ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge tag</source>
        <translation>Gộp thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reports of “%1” this tag instead:</source>
        <translation>Thay thẻ “%1” trên các báo cáo bằng thẻ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Delete tag</source>
        <translation>Xóa thẻ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remove the tag “%1” from %2 report(s) and delete it?</source>
        <translation>Bỏ thẻ “%1” khỏi %2 báo cáo và xóa thẻ này?</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <location filename="../../archive_app/ui/widgets/timeline.py" line="+104"/>
        <source>%1: %Ln meeting(s)</source>
        <translation>
            <numerusform>%1: %Ln cuộc họp</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No dated meetings</source>
        <translation>Không có cuộc họp nào ghi ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings per month — click a bar to show only that month</source>
        <translation>Số cuộc họp mỗi tháng — bấm vào một cột để chỉ xem tháng đó</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../archive_app/ui/widgets/trash_dialog.py" line="+29"/>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting date</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Ngày xóa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty trash…</source>
        <translation>Dọn sạch thùng rác…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n report(s) in the trash. Restored reports come back with their tags.</source>
        <translation>
            <numerusform>Có %n báo cáo trong thùng rác. Báo cáo được khôi phục vẫn giữ các thẻ của nó.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trash is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Empty trash</source>
        <translation>Dọn sạch thùng rác</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Delete %n report(s) and their original files for good? This cannot be undone.</source>
        <translation>
            <numerusform>Xóa vĩnh viễn %n báo cáo cùng các tệp gốc? Việc này không thể hoàn tác.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete for good</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
</context>
<context>
    <name>TrashUndo</name>
    <message>
        <location filename="../../archive_app/ui/widgets/trash_undo.py" line="+33"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Hoàn tác (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../archive_app/ui/widgets/welcome.py" line="+78"/>
        <source>Welcome to the meeting report archive</source>
        <translation>Chào mừng bạn đến với kho lưu trữ biên bản họp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your archive is still empty. Import your meeting reports to start, or first look around in a small sample archive.</source>
        <translation>Kho lưu trữ của bạn còn trống. Hãy nhập các biên bản họp để bắt đầu, hoặc xem thử một kho mẫu nhỏ trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import reports…</source>
        <translation>Nhập báo cáo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word (.docx), OpenDocument (.odt), PDF, web pages, plain text or JSON Lines, and scans (PDF, PNG, JPEG, TIFF) read by OCR. Each file is kept as it was imported; everything becomes searchable by person, topic and date.</source>
        <translation>Word (.docx), OpenDocument (.odt), PDF, trang web, văn bản thuần, JSON Lines và bản quét (PDF, PNG, JPEG, TIFF) đọc bằng OCR. Mỗi tệp được giữ nguyên như khi nhập; mọi nội dung đều tìm được theo người, chủ đề và ngày.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the sample archive</source>
        <translation>Mở kho mẫu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eight fictional meeting reports to try searching, tags and printing. The sample is a separate archive: yours stays as it is, and one click brings you back.</source>
        <translation>Tám biên bản họp hư cấu để thử tìm kiếm, gắn thẻ và in. Kho mẫu là một kho riêng: kho của bạn vẫn giữ nguyên, và chỉ một nhấp chuột là quay lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can also drag files or folders onto this window.</source>
        <translation>Bạn cũng có thể kéo thả tệp hoặc thư mục vào cửa sổ này.</translation>
    </message>
</context>
<context>
    <name>WiderResultBanner</name>
    <message>
        <location filename="../../archive_app/ui/widgets/search_extras.py" line="+136"/>
        <source>%1 report(s) with these diacritics — %2 without diacritics</source>
        <translation>%1 báo cáo đúng dấu — %2 kết quả khi bỏ dấu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No report with these diacritics — %1 without diacritics</source>
        <translation>Không có kết quả đúng dấu — %1 kết quả khi bỏ dấu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all %1</source>
        <translation>Xem cả %1 kết quả</translation>
    </message>
</context>
</TS>
