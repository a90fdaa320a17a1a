<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <location filename="../../archive_app/ui/widgets/export_flow.py" line="+95"/>
        <source>Saved %n page(s) as PDF: %1</source>
        <translation>
            <numerusform>Saved %n page as PDF: %1</numerusform>
            <numerusform>Saved %n pages as PDF: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Exported %n report(s) to %1</source>
        <translation>
            <numerusform>Exported %n report to %1</numerusform>
            <numerusform>Exported %n reports to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message numerus="yes">
        <location filename="../../archive_app/ui/widgets/import_flow.py" line="+92"/>
        <source>%n file(s) or folder(s): %1</source>
        <translation>
            <numerusform>%n file or folder: %1</numerusform>
            <numerusform>%n files or folders: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../archive_app/ui/widgets/main_window.py" line="+285"/>
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <location filename="../../archive_app/ui/operations.py" line="+86"/>
        <source>%n imported report(s) can now be searched.</source>
        <translation>
            <numerusform>%n imported report can now be searched.</numerusform>
            <numerusform>%n imported reports can now be searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Tags changed on %n report(s).</source>
        <translation>
            <numerusform>Tags changed on %n report.</numerusform>
            <numerusform>Tags changed on %n reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Moved %n report(s) to the trash (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>Moved %n report to the trash (Ctrl+Z to undo).</numerusform>
            <numerusform>Moved %n reports to the trash (Ctrl+Z to undo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Restored %n report(s) from the trash.</source>
        <translation>
            <numerusform>Restored %n report from the trash.</numerusform>
            <numerusform>Restored %n reports from the trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message numerus="yes">
        <location filename="../../archive_app/ui/widgets/persons.py" line="+107"/>
        <source>%Ln person(s) in the archive. Choose one to see their meetings.</source>
        <translation>
            <numerusform>%Ln person in the archive. Choose one to see their meetings.</numerusform>
            <numerusform>%Ln persons in the archive. Choose one to see their meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message numerus="yes">
        <location filename="../../archive_app/ui/widgets/tag_editor.py" line="+90"/>
        <source>Tag %n selected report(s):</source>
        <translation>
            <numerusform>Tag %n selected report:</numerusform>
            <numerusform>Tag %n selected reports:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <location filename="../../archive_app/ui/widgets/timeline.py" line="+104"/>
        <source>%1: %Ln meeting(s)</source>
        <translation>
            <numerusform>%1: %Ln meeting</numerusform>
            <numerusform>%1: %Ln meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../../archive_app/ui/widgets/trash_dialog.py" line="+71"/>
        <source>%n report(s) in the trash. Restored reports come back with their tags.</source>
        <translation>
            <numerusform>%n report in the trash. Restored reports come back with their tags.</numerusform>
            <numerusform>%n reports in the trash. Restored reports come back with their tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Delete %n report(s) and their original files for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n report and its original file for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n reports and their original files for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
