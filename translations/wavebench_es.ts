<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>wb::AnalysisControls</name>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="98" />
        <source>&amp;n_fft:</source>
        <translation>&amp;n_fft:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="99" />
        <source>FFT size: longer windows resolve frequency better and time worse.</source>
        <translation>Tamaño de la FFT: las ventanas largas resuelven mejor la frecuencia y peor el tiempo.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="100" />
        <source>&amp;Hop:</source>
        <translation>&amp;Salto:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="101" />
        <source>Samples between successive frames (hop_length).</source>
        <translation>Muestras entre tramas consecutivas (hop_length).</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="102" />
        <source>n_&amp;mels:</source>
        <translation>n_&amp;mels:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="103" />
        <source>Number of mel bands.</source>
        <translation>Número de bandas mel.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="104" />
        <source>fma&amp;x:</source>
        <translation>fma&amp;x:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="105" />
        <source>Nyquist</source>
        <translation>Nyquist</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="106" />
        <source>Highest frequency of the mel filterbank.</source>
        <translation>Frecuencia más alta del banco de filtros mel.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="107" />
        <source>dB &amp;range:</source>
        <translation>&amp;Rango en dB:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="108" />
        <source>How far below the loudest point the colours reach.</source>
        <translation>Hasta cuántos dB por debajo del punto más fuerte llegan los colores.</translation>
    </message>
</context>
<context>
    <name>wb::AudioAnalysis</name>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="83" />
        <source>%1 — %2 s, %3 Hz, %4, %5 %6</source>
        <translation>%1 — %2 s, %3 Hz, %4, %5 %6</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="87" />
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="87" />
        <source>stereo</source>
        <translation>estéreo</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="88" />
        <source>%1 channels</source>
        <translation>%1 canales</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="91" />
        <source> (analysed at %1 Hz)</source>
        <translation> (analizado a %1 Hz)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="92" />
        <source> — peak %1 dBFS, RMS %2 dBFS</source>
        <translation> — pico %1 dBFS, RMS %2 dBFS</translation>
    </message>
</context>
<context>
    <name>wb::AudioFigure</name>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="52" />
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="54" />
        <source>Amplitude</source>
        <translation>Amplitud</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="62" />
        <source>%1: unsupported figure format "%2" (use PNG, JPG, BMP or PDF)</source>
        <translation>%1: formato de figura «%2» no admitido (use PNG, JPG, BMP o PDF)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="68" />
        <location filename="../widgets/AudioFigure.cpp" line="72" />
        <source>%1: cannot write the PDF</source>
        <translation>%1: no se puede escribir el PDF</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="80" />
        <source>%1: cannot write the figure (%2)</source>
        <translation>%1: no se puede escribir la figura (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="97" />
        <source>%1: no audio to plot</source>
        <translation>%1: no hay audio que dibujar</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="99" />
        <source>%1: no mel-spectrogram to plot</source>
        <translation>%1: no hay espectrograma mel que dibujar</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="101" />
        <source>%1: figure size %2x%3 is out of range</source>
        <translation>%1: el tamaño de figura %2x%3 está fuera de rango</translation>
    </message>
</context>
<context>
    <name>wb::AudioLabPanel</name>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="10" />
        <source>Why audio is not just another image</source>
        <translation>Por qué el audio no es una imagen más</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="12" />
        <source>A photo is a grid of a few million pixels. A sound is a single line of numbers, but a long one: 22,050 to 44,100 samples for every second. Four seconds of speech is already about 90,000 values, and the structure that matters spans all of them, from a vowel's pitch period (a few milliseconds) to a whole sentence.</source>
        <translation>Una foto es una cuadrícula de unos pocos millones de píxeles. Un sonido es una sola fila de números, pero muy larga: de 22.050 a 44.100 muestras por cada segundo. Cuatro segundos de voz ya son unos 90.000 valores, y la estructura que importa abarca todos ellos, desde el periodo de tono de una vocal (unos pocos milisegundos) hasta una frase entera.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="17" />
        <source>Sound is also continuous: a generator cannot leave a sample out or get one slightly wrong without it being heard. A blurry pixel goes unnoticed, while a jump between two samples is an audible click and a small periodic error is a buzz.</source>
        <translation>El sonido además es continuo: un generador no puede saltarse una muestra ni equivocarse un poco en ella sin que se oiga. Un píxel borroso pasa desapercibido, mientras que un salto entre dos muestras es un chasquido audible y un pequeño error periódico es un zumbido.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="21" />
        <source>Three ways to look at the same clip</source>
        <translation>Tres maneras de mirar el mismo fragmento</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="22" />
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="23" />
        <source>the samples themselves, amplitude against time. It is exact and can be turned back into sound as it is, and it shows loudness, silences and clipping at a glance. It shows almost nothing about pitch or timbre, and two sounds that look alike may sound different.</source>
        <translation>las propias muestras, amplitud frente a tiempo. Es exacta y se puede volver a convertir en sonido tal cual, y muestra de un vistazo el volumen, los silencios y la saturación. Casi no dice nada del tono ni del timbre, y dos sonidos que se ven parecidos pueden sonar distintos.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="26" />
        <source>Spectrogram (STFT)</source>
        <translation>Espectrograma (STFT)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="27" />
        <source>the energy of each frequency in short overlapping windows, here in decibels. Harmonics, formants and noise become visible. The window size (n_fft) trades time detail against frequency detail, and the phase is discarded, so getting sound back needs an estimate such as Griffin-Lim or a neural vocoder.</source>
        <translation>la energía de cada frecuencia en ventanas cortas solapadas, aquí en decibelios. Se hacen visibles los armónicos, los formantes y el ruido. El tamaño de ventana (n_fft) intercambia detalle temporal por detalle frecuencial, y la fase se descarta, así que recuperar el sonido exige una estimación como Griffin-Lim o un vocoder neuronal.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="31" />
        <source>Mel-spectrogram</source>
        <translation>Espectrograma mel</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="32" />
        <source>the same energies pooled into bands spaced like human pitch perception: narrow at low frequencies, wide at high ones. It is compact (80 to 128 bands instead of 1,025 bins) and is what most speech models predict and listen to. It throws away even more detail, so turning it back into audio needs a vocoder.</source>
        <translation>las mismas energías agrupadas en bandas espaciadas como la percepción humana del tono: estrechas en las frecuencias graves y anchas en las agudas. Es compacto (de 80 a 128 bandas en lugar de 1.025 bins) y es lo que predicen y escuchan la mayoría de los modelos de voz. Descarta aún más detalle, así que volver a convertirlo en audio requiere un vocoder.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="37" />
        <source>Try it</source>
        <translation>Pruébalo</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="38" />
        <source>Zoom into a vowel with the mouse wheel until single periods appear in the waveform.</source>
        <translation>Amplía una vocal con la rueda del ratón hasta que aparezcan periodos sueltos en la forma de onda.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="40" />
        <source>Switch n_fft between 512 and 4096 and watch harmonics sharpen while onsets blur.</source>
        <translation>Cambia n_fft entre 512 y 4096 y observa cómo los armónicos se definen mientras los ataques se difuminan.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="42" />
        <source>Lower n_mels to 32: how much of the speech is still readable?</source>
        <translation>Baja n_mels a 32: ¿cuánto de la voz se sigue leyendo?</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="89" />
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="142" />
        <source>Computing spectrograms</source>
        <translation>Calculando espectrogramas</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="168" />
        <source>Analysis failed: %1</source>
        <translation>El análisis ha fallado: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="176" />
        <source>Loading cancelled; the previous clip stays.</source>
        <translation>Carga cancelada; se mantiene el fragmento anterior.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="228" />
        <source>No clip loaded. Open an audio file (File &gt; Open) or drop one on the window.</source>
        <translation>No hay ningún fragmento cargado. Abra un archivo de audio (Archivo &gt; Abrir) o arrástrelo a la ventana.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="230" />
        <source>Wheel: zoom time. Drag: pan. Double-click: whole clip.</source>
        <translation>Rueda: ampliar el tiempo. Arrastrar: desplazar. Doble clic: fragmento completo.</translation>
    </message>
</context>
<context>
    <name>wb::BundledSample</name>
    <message>
        <location filename="../widgets/BundledSample.cpp" line="42" />
        <source>The bundled sample is missing from this build.</source>
        <translation>Esta compilación no incluye el ejemplo integrado.</translation>
    </message>
    <message>
        <location filename="../widgets/BundledSample.cpp" line="55" />
        <source>Cannot write the bundled sample to disk (%1).</source>
        <translation>No se puede escribir el ejemplo integrado en el disco (%1).</translation>
    </message>
</context>
<context>
    <name>wb::ComingSoonPage</name>
    <message>
        <location filename="../widgets/ComingSoonPage.cpp" line="71" />
        <source>This tab is not built yet: it comes in a later version of WaveBench. Until then, the Audio Lab tab works in full.</source>
        <translation>Esta pestaña aún no está hecha: llegará en una versión posterior de WaveBench. Mientras tanto, la pestaña Laboratorio de audio funciona por completo.</translation>
    </message>
</context>
<context>
    <name>wb::JobStatusWidget</name>
    <message>
        <location filename="../widgets/JobStatusWidget.cpp" line="96" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/JobStatusWidget.cpp" line="97" />
        <source>Stop this job</source>
        <translation>Detener esta tarea</translation>
    </message>
</context>
<context>
    <name>wb::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="92" />
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="164" />
        <source>WaveBench — %1</source>
        <translation>WaveBench — %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="165" />
        <source>WaveBench</source>
        <translation>WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="166" />
        <source>Audio Lab</source>
        <translation>Laboratorio de audio</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="167" />
        <location filename="../app/MainWindow.cpp" line="171" />
        <source>WaveNet</source>
        <translation>WaveNet</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="168" />
        <location filename="../app/MainWindow.cpp" line="175" />
        <source>Text-to-Speech</source>
        <translation>Texto a voz</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="169" />
        <location filename="../app/MainWindow.cpp" line="179" />
        <source>Voice Cloning</source>
        <translation>Clonación de voz</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="170" />
        <location filename="../app/MainWindow.cpp" line="182" />
        <source>Call Center</source>
        <translation>Centro de llamadas</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="172" />
        <source>Train a small WaveNet on a clip and watch it generate audio one sample at a time: dilated causal convolutions, the receptive field, 8-bit mu-law quantisation, and why generating sample by sample is slow.</source>
        <translation>Entrena una WaveNet pequeña con un fragmento y mira cómo genera audio muestra a muestra: convoluciones causales dilatadas, el campo receptivo, la cuantización mu-law de 8 bits y por qué generar muestra a muestra es lento.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="176" />
        <source>Type a sentence and follow it through a speech synthesiser: text normalisation, phonemes, a predicted mel-spectrogram, and the vocoder that turns it into sound, compared with Griffin-Lim.</source>
        <translation>Escribe una frase y síguela a través de un sintetizador de voz: normalización del texto, fonemas, un espectrograma mel predicho y el vocoder que lo convierte en sonido, comparado con Griffin-Lim.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="180" />
        <source>Compute a speaker embedding from a few seconds of speech, compare voices by their embeddings, and discuss consent and the misuse of cloned voices.</source>
        <translation>Calcula un embedding de locutor a partir de unos segundos de voz, compara voces por sus embeddings y debate sobre el consentimiento y el mal uso de las voces clonadas.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="183" />
        <source>Classify short recorded calls from their mel-spectrograms, measure accuracy on held-out calls, and estimate the business case: minutes saved, costs and return on investment.</source>
        <translation>Clasifica llamadas grabadas cortas a partir de sus espectrogramas mel, mide la precisión con llamadas reservadas para la evaluación y estima el caso de negocio: minutos ahorrados, costes y retorno de la inversión.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="186" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="187" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="188" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="189" />
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="190" />
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="191" />
        <source>Open an audio file (WAV, FLAC, OGG, AIFF, MP3)</source>
        <translation>Abrir un archivo de audio (WAV, FLAC, OGG, AIFF, MP3)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="192" />
        <source>Open &amp;Sample</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="193" />
        <source>Open the built-in teaching clip</source>
        <translation>Abrir el fragmento didáctico integrado</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="194" />
        <source>Save &amp;As...</source>
        <translation>&amp;Guardar como...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="195" />
        <source>Save the clip as analysed (mono, analysis rate) as WAV or FLAC</source>
        <translation>Guardar el fragmento tal como se analiza (mono, frecuencia de análisis) en WAV o FLAC</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="196" />
        <source>&amp;Export Figure...</source>
        <translation>E&amp;xportar figura...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="197" />
        <source>Save the waveform and mel-spectrogram as an image or PDF</source>
        <translation>Guardar la forma de onda y el espectrograma mel como imagen o PDF</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="198" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="199" />
        <source>&amp;Settings...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="200" />
        <source>&amp;About WaveBench</source>
        <translation>&amp;Acerca de WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="244" />
        <source>Cannot open the sample</source>
        <translation>No se puede abrir el ejemplo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="259" />
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="274" />
        <source>Open Audio File</source>
        <translation>Abrir archivo de audio</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="275" />
        <source>Audio files (*.wav *.flac *.ogg *.oga *.aiff *.aif *.mp3);;All files (*)</source>
        <translation>Archivos de audio (*.wav *.flac *.ogg *.oga *.aiff *.aif *.mp3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="287" />
        <source>Save Clip As</source>
        <translation>Guardar fragmento como</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="289" />
        <source>WAV, 16-bit (*.wav);;FLAC, 16-bit (*.flac)</source>
        <translation>WAV, 16 bits (*.wav);;FLAC, 16 bits (*.flac)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="298" />
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="300" />
        <source>Cannot save the clip</source>
        <translation>No se puede guardar el fragmento</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="308" />
        <source>Nothing to export yet: wait for the spectrograms.</source>
        <translation>Aún no hay nada que exportar: espere a los espectrogramas.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="313" />
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="314" />
        <source>PNG image (*.png);;PDF document (*.pdf);;JPEG image (*.jpg)</source>
        <translation>Imagen PNG (*.png);;Documento PDF (*.pdf);;Imagen JPEG (*.jpg)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="324" />
        <source>Cannot export the figure</source>
        <translation>No se puede exportar la figura</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="326" />
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="344" />
        <source>development build</source>
        <translation>compilación de desarrollo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="347" />
        <source>About WaveBench</source>
        <translation>Acerca de WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="348" />
        <source>&lt;h3&gt;WaveBench %1&lt;/h3&gt;&lt;p&gt;A workbench for teaching generative audio: every idea of the course is something to load, run, hear and measure, offline.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;br&gt;BLAS: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WaveBench %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para enseñar audio generativo: cada idea del curso es algo que se puede cargar, ejecutar, escuchar y medir, sin conexión.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado con %3)&lt;br&gt;%4&lt;br&gt;BLAS: %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wb::RecentFilesMenu</name>
    <message>
        <location filename="../widgets/RecentFilesMenu.cpp" line="47" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../widgets/RecentFilesMenu.cpp" line="50" />
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/RecentFilesMenu.cpp" line="56" />
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../widgets/RecentFilesMenu.cpp" line="59" />
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>wb::SettingsDialog</name>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="25" />
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="30" />
        <location filename="../app/SettingsDialog.cpp" line="75" />
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="38" />
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="40" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="41" />
        <source>The new language applies as soon as you press OK.</source>
        <translation>El nuevo idioma se aplica en cuanto pulse Aceptar.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="45" />
        <source>Audio Lab analysis defaults</source>
        <translation>Valores predeterminados del análisis del Laboratorio de audio</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="47" />
        <source>&amp;Sample rate:</source>
        <translation>&amp;Frecuencia de muestreo:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="48" />
        <source>&amp;n_fft:</source>
        <translation>&amp;n_fft:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="49" />
        <source>&amp;Hop length:</source>
        <translation>Longitud de &amp;salto:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="50" />
        <source>n_&amp;mels:</source>
        <translation>n_&amp;mels:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="51" />
        <source>Clips are resampled to this rate when loaded; 22050 Hz is librosa's default.</source>
        <translation>Los fragmentos se remuestrean a esta frecuencia al cargarlos; 22050 Hz es el valor predeterminado de librosa.</translation>
    </message>
</context>
<context>
    <name>wb::SpectrogramLayer</name>
    <message>
        <location filename="../widgets/SpectrogramLayer.cpp" line="34" />
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrogramLayer.cpp" line="35" />
        <source>Frequency (Hz, mel scale)</source>
        <translation>Frecuencia (Hz, escala mel)</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrogramLayer.cpp" line="35" />
        <source>Frequency (Hz)</source>
        <translation>Frecuencia (Hz)</translation>
    </message>
</context>
<context>
    <name>wb::TimeAxisPlot</name>
    <message>
        <location filename="../widgets/TimeAxisPlot.cpp" line="56" />
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
</context>
<context>
    <name>wb::WaveformView</name>
    <message>
        <location filename="../widgets/WaveformView.cpp" line="38" />
        <source>Amplitude</source>
        <translation>Amplitud</translation>
    </message>
</context>
</TS>
